// AssertionError: own properties, name and code, toString, constructor
// validation, inspect output with long strings shortened.
const assert = require('assert');
const util = require('util');
Error.stackTraceLimit = 0;

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e));
console.log(e.name, e.code, e.generatedMessage, e instanceof Error, e instanceof assert.AssertionError);
console.log(String(e));
console.log(Object.prototype.propertyIsEnumerable.call(e, 'name'));
console.log(e.stack.split('\n')[0]);
console.log(util.inspect(e));
console.log(util.inspect(new assert.AssertionError({ message: 'm', actual: 1, expected: 2, operator: 'strictEqual' })));
console.log(util.inspect(new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' })).split('\n')[0]);
console.log(new assert.AssertionError({ actual: 1, expected: 2 }).message);
for (const n of [100, 512, 513, 600]) {
  const err = new assert.AssertionError({ actual: 'x'.repeat(n), expected: 1, operator: 'strictEqual' });
  console.log(n, /actual: '(x*)(\.\.\.)?'/.exec(util.inspect(err)).slice(1).map((s) => s && s.length));
}
const lines = new assert.AssertionError({ actual: 'a\n'.repeat(20), expected: 'b', operator: 'strictEqual' });
console.log(util.inspect(lines).split('\n').filter((l) => l.includes('actual:')));
const nested = new assert.AssertionError({ actual: { a: { b: 1 } }, expected: [1, [2]], operator: 'deepStrictEqual' });
console.log(util.inspect({ nested }));
try {
  new assert.AssertionError(); // eslint-disable-line no-new
} catch (err) {
  console.log(err.code, err.message);
}
try {
  new assert.AssertionError(1); // eslint-disable-line no-new
} catch (err) {
  console.log(err.code, err.message);
}
try {
  assert.strictEqual(1, 2);
} catch (err) {
  console.log(err.constructor === assert.AssertionError, Object.getPrototypeOf(err) === assert.AssertionError.prototype);
}
