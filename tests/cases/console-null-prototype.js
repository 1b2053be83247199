// Objects without a prototype.
const o = Object.create(null);
console.log(o);
o.a = 1;
o.b = { c: 2 };
console.log(o);
console.log([Object.create(null)]);
console.log({ nested: Object.assign(Object.create(null), { k: 'v' }) });
class K {}
Object.setPrototypeOf(K.prototype, null);
console.log(new K());
const arr = [1, 2];
Object.setPrototypeOf(arr, null);
console.log(arr);
