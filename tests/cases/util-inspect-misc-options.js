// util.inspect maxArrayLength, maxStringLength, numericSeparator.
const util = require('util');
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }));
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect(['abcdefghij'], { maxStringLength: 1 }));
console.log(util.inspect(123456789.123, { numericSeparator: true }));
console.log(util.inspect(-1234567n, { numericSeparator: true }));
console.log(util.inspect(1234, { numericSeparator: true }));
