// util.inspect compact option.
const util = require('util');
const o = { a: 1, b: { c: [1, 2], d: 'text' }, e: [{ f: 1 }] };
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { compact: true }));
console.log(util.inspect(o, { compact: 1 }));
console.log(util.inspect(o, { compact: 3 }));
console.log(util.inspect([1, 2, 3], { compact: false }));
console.log(util.inspect(new Map([['k', 'v']]), { compact: false }));
console.log(util.inspect({}, { compact: false }), util.inspect([], { compact: false }));
console.log(util.inspect('multi\nline string that is a bit long so that it might be split', { compact: false }));
