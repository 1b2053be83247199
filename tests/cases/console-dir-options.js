// console.dir passes options to util.inspect.
const obj = { a: { b: { c: { d: { e: 1 } } } }, s: 'str', arr: [1, 2, 3] };
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null });
console.dir(obj, { depth: Infinity, compact: false });
console.dir('a string');
console.dir(obj, { colors: true, depth: 1 });
console.dir(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
