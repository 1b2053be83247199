// Array and string iterators, generators and weak collections.
console.log([1, 2][Symbol.iterator]());
console.log(new WeakMap(), new WeakSet());
console.log(new WeakRef({}).constructor.name);
console.log('abc'[Symbol.iterator]());
function* gen() { yield 1; }
console.log(gen());
