// Circular references are marked with <ref *N> and [Circular *N].
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b' };
const c = { name: 'c', b };
b.c = c;
console.log(b);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { y: {} };
x.y.x = x;
x.z = { w: {} };
x.z.w.z = x.z;
console.log(x);
const m = new Map();
m.set('self', m);
console.log(m);
