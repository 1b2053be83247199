// node:assert/strict and assert.strict: the loose functions are replaced by
// the strict ones.
const assert = require('assert');
const strict = require('assert/strict');
const strict2 = require('node:assert/strict');

console.log(strict === assert.strict, strict2 === strict, strict.strict === strict);
console.log(Object.keys(assert).join());
console.log(Object.keys(strict).join());
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.ok === assert.ok, strict.throws === assert.throws, strict.AssertionError === assert.AssertionError);
console.log(typeof assert, assert.name, strict.name, assert.length);

for (const fn of [() => strict.equal(1, '1'), () => strict.deepEqual([1], ['1']),
  () => strict.notDeepEqual([1], [1]), () => strict.notEqual(1, 1), () => strict(false, 'm')]) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.operator, JSON.stringify(e.message));
  }
}
