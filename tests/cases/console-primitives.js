// console output of strings and primitives (formatted without inspect when
// no colour or inspect option applies) is util.format's.
console.log(42, -0, 0, 1e21, NaN, -Infinity, 10n, true, false, undefined, null);
console.log('a', 1, 'b%s');
console.log(1, '%s', 2);
console.log('%s x', 5);
console.log('100%');
console.log('100%', 3);
console.error(7);
console.log();
console.log(Symbol('q'), 3);
const { Console } = require('console');
const c = new Console({ stdout: process.stdout, inspectOptions: { numericSeparator: true } });
c.log(1234567);
