// assert.match / doesNotMatch, assert.fail in its forms, assert.ifError.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator,
      e.code === 'ERR_ASSERTION' && !(e.actual instanceof Error) ? [e.actual, e.expected] : '');
  }
}

show(() => assert.match('abc', /b/));
show(() => assert.match('abc', /x/));
show(() => assert.match(1, /x/));
show(() => assert.match('abc', 'x'));
show(() => assert.match('abc', /x/, 'custom'));
show(() => assert.match('abc', /x/, new RangeError('own')));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.doesNotMatch('abc', /x/));
show(() => assert.doesNotMatch(null, /x/));
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new TypeError('typed')));
show(() => assert.fail(1, 2, 'msg'));
show(() => assert.fail(1, 2, undefined, '>'));
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(new Error('bad')));
show(() => assert.ifError('str'));
show(() => assert.ifError(0));
show(() => assert.ifError(false));
show(() => assert.ifError(new (class Foo extends Error {})()));
show(() => assert.ifError({ message: 'plain' }));
try {
  assert.ifError(new Error('with stack'));
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
