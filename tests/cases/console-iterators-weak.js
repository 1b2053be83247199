// Map/Set iterators, entries and weak collections.
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.entries());
console.log(m.keys());
console.log(m.values());
const s = new Set([1, 2, 3]);
console.log(s.values());
console.log(s.entries());
const it = m.keys();
it.next();
console.log(it);
console.log([1, 2][Symbol.iterator]());
console.log(new WeakMap(), new WeakSet());
console.log(new WeakRef({}).constructor.name);
console.log('abc'[Symbol.iterator]());
function* gen() { yield 1; }
console.log(gen());
