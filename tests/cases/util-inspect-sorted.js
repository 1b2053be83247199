// util.inspect sorted option (true or a comparator).
const util = require('util');
const o = { c: 3, a: 1, b: { z: 26, y: 25 }, 10: 'ten', 2: 'two' };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(o, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['b', 'c', 'a']), { sorted: true }));
console.log(util.inspect(o));
