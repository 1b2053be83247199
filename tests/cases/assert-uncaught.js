// An uncaught AssertionError ends the process with exit code 1.
// compare: stdout exit
const assert = require('assert');
process.on('exit', (code) => console.log('exit', code));
console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
