// util.inspect breakLength option.
const util = require('util');
const o = { alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: [1, 2, 3] };
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { breakLength: 200 }));
console.log(util.inspect(o, { breakLength: Infinity, compact: 3 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: Infinity }));
console.log(util.inspect({ a: 'x'.repeat(70), b: 1 }));
console.log(util.inspect({ a: 'x'.repeat(50), b: 'y'.repeat(20) }));
