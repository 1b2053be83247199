// assert.throws with a class, RegExp, validation object, Error instance and
// validation function; argument errors; doesNotThrow.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

const thrower = (err) => () => { throw err; };
show(() => assert.throws(thrower(new TypeError('x')), TypeError));
show(() => assert.throws(thrower(new Error('x')), TypeError));
show(() => assert.throws(thrower(new TypeError('x')), RangeError));
show(() => assert.throws(thrower('x'), RangeError));
show(() => assert.throws(thrower(new Error('x')), /x/));
show(() => assert.throws(thrower(new Error('x')), /y/));
show(() => assert.throws(thrower(new Error('x')), { message: 'x' }));
show(() => assert.throws(thrower(new Error('x')), { message: 'y' }));
show(() => assert.throws(thrower(new Error('x')), { message: 'y', name: 'Error' }));
show(() => assert.throws(thrower(new Error('x')), { message: /y/, code: 'A' }));
show(() => assert.throws(thrower(Object.assign(new Error('x'), { code: 'A', info: { a: 1 } })), { code: 'A', info: { a: 1 } }));
show(() => assert.throws(thrower(Object.assign(new Error('x'), { info: { a: 1 } })), { info: { a: 2 } }));
show(() => assert.throws(thrower(new Error('x')), new Error('x')));
show(() => assert.throws(thrower(new Error('x')), new Error('y')));
show(() => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show(() => assert.throws(thrower(new Error('x')), () => false));
show(() => assert.throws(thrower(new Error('x')), function check() { return 1; }));
show(() => assert.throws(thrower(1), { message: 'y' }));
show(() => assert.throws(thrower(null), { message: 'y' }));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, TypeError, 'msg'));
show(() => assert.throws(() => {}, 'msg'));
show(() => assert.throws(thrower(new Error('msg')), 'msg'));
show(() => assert.throws(thrower('msg'), 'msg'));
show(() => assert.throws(() => {}, {}));
show(() => assert.throws(thrower(new Error()), {}));
show(() => assert.throws('x'));
show(() => assert.throws(() => {}, 1));
show(() => assert.throws(() => {}, 'a', 'b'));
show(() => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'));
class Custom extends Error {}
show(() => assert.throws(thrower(new Error('x')), Custom));
show(() => assert.doesNotThrow(thrower(new Error('x'))));
show(() => assert.doesNotThrow(thrower(new Error('x')), 'msg'));
show(() => assert.doesNotThrow(thrower(new Error('x')), TypeError));
show(() => assert.doesNotThrow(thrower(new Error('x')), Error, 'msg'));
show(() => assert.doesNotThrow(thrower(new Error('x')), /x/));
show(() => assert.doesNotThrow(thrower(new Error('x')), {}));
show(() => assert.doesNotThrow(() => 1));
