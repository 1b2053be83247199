// equal / notEqual / deepEqual / notDeepEqual / notDeepStrictEqual messages.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

show(() => assert.equal(1, 2));
show(() => assert.equal('a', 'b'));
show(() => assert.equal({}, {}));
show(() => assert.equal(1, '1'));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(null, undefined));
show(() => assert.notEqual(1, '1'));
show(() => assert.notEqual(NaN, NaN));
show(() => assert.equal('a'.repeat(600), 'b'));
show(() => assert.equal([1, 2, 3], 2));
show(() => assert.deepEqual([1, 2], [1, 3]));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual('a'.repeat(600), 'b'));
show(() => assert.notDeepEqual([1, 2], [1, 2]));
show(() => assert.notDeepEqual([1, 2], ['1', 2]));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual(1, 1));
show(() => assert.notDeepStrictEqual('long string value', 'long string value'));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'my msg'));
show(() => assert.equal(1, 2, Symbol('s')));
show(() => assert.equal());
show(() => assert.deepStrictEqual(1));
show(() => assert.notDeepEqual());
