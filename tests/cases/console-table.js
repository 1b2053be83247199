// console.table with arrays, objects, column filters and primitives.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c1: 1 }, r2: { c2: 2 } });
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
console.table(new Set(['x', 'y']));
console.table('not tabular');
console.table(42);
console.table([]);
console.table([{ name: 'unicode 日本', n: 1 }, { name: 'plain', n: 22222 }]);
console.table([{ nested: { deep: { deeper: 1 } }, arr: [1, 2, 3] }]);
