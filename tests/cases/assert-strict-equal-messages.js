// strictEqual / notStrictEqual messages: short `a !== b`, caret under the
// first difference, reference equality of objects and functions.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual('aaaaaa', 'aaaaab'));
show(() => assert.strictEqual('123', '1234567890'));
show(() => assert.strictEqual('x'.repeat(100), `${'x'.repeat(99)}y`));
show(() => assert.strictEqual('a\nb', 'a\nc'));
show(() => assert.strictEqual(undefined, null));
show(() => assert.strictEqual(1n, 1));
show(() => assert.strictEqual(Symbol('a'), Symbol('a')));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1], [2]));
show(() => assert.strictEqual(function a() {}, function b() {}));
show(() => assert.strictEqual(new Date(0), new Date(0)));
show(() => assert.strictEqual(1, 2, 'my msg'));
show(() => assert.strictEqual('a'.repeat(20), 'b', 'my msg'));
show(() => assert.strictEqual(1, 2, ''));
show(() => assert.strictEqual(1, 2, new TypeError('own error')));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('aaaaaa', 'aaaaaa'));
show(() => assert.notStrictEqual('abcd', 'abcd'));
const o = { a: 1 };
show(() => assert.notStrictEqual(o, o));
show(() => assert.notStrictEqual(1, 1, 'my msg'));
show(() => assert.notStrictEqual(1, 2));
const arr = Array.from({ length: 60 }, (_, i) => i);
show(() => assert.notStrictEqual(arr, arr));
show(() => assert.strictEqual(arr, arr.slice()));
