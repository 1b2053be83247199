// Shape of Timeout and Immediate objects.
const t = setTimeout(() => {}, 1);
const i = setImmediate(() => {});
const iv = setInterval(() => {}, 1000);
console.log(typeof t, t.constructor.name);
console.log(typeof i, i.constructor.name);
console.log(iv.constructor.name);
console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t.close);
console.log(typeof i.ref, typeof i.unref, typeof i.hasRef);
console.log(t.close() === t);
clearInterval(iv);
clearImmediate(i);
