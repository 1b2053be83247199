// The `+ actual - expected` diff of deepStrictEqual and strictEqual:
// identical lines collapsed, trailing commas, long arrays, nested values.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(`--- ${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}

const big = Array.from({ length: 30 }, (_, i) => i);
const big2 = big.slice();
big2[15] = 'x';
show(() => assert.deepStrictEqual(big, big2));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show(() => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual(new Map([['k', { x: 1 }]]), new Map([['k', { x: 2 }]])));
show(() => assert.deepStrictEqual({}, []));
show(() => assert.deepStrictEqual(Object.create(null), {}));
show(() => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 3 }]));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
const sixty = Array.from({ length: 60 }, (_, i) => i);
show(() => assert.deepStrictEqual(sixty, sixty.map((x) => (x % 7 ? x : 'q'))));
show(() => assert.deepStrictEqual(Array.from({ length: 80 }, (_, i) => `line ${i}`), []));
show(() => assert.deepStrictEqual({ x: 'a\nb' }, { x: 'a\nc' }));
show(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })));
show(() => assert.deepStrictEqual([0], [-0]));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual('abc', 'abd'));
show(() => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom message'));
show(() => assert.deepStrictEqual(sixty, sixty.concat(1), 'custom message'));
