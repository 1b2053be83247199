// assert.ok() / assert() without a message quote the failing call from the
// source file.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
}

show(() => assert.ok(false));
show(() => assert(0));
show(() => assert(typeof 123 === 'string'));
show(() => assert.ok(null, undefined));
show(() => {
  assert.ok(1 ===
      2,
    undefined);
});
const { ok } = assert;
show(() => ok(NaN));
show(() => assert['ok'](false)); // eslint-disable-line dot-notation
show(() => assert.strict(false));
show(() => assert.strict.ok(''));
show(() => { const x = [1]; assert(x.includes(2) && 'a)b'); });
show(() => assert(false, null));
function inner() { assert.ok(false); }
show(inner);
show(() => assert.ok());
show(() => assert.ok(0, 'custom'));
show(() => assert.ok(false, new TypeError('own')));
show(() => [0].forEach(assert));
show(() => assert.ok(true));
