// deepStrictEqual / isDeepStrictEqual: prototypes, symbols, -0, NaN, boxed
// primitives, typed arrays, dates, regexps, errors, sparse arrays.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

const mk = (f) => f();
const pairs = {
  zero: [0, -0],
  nan: [NaN, NaN],
  arrZero: [[0], [-0]],
  setZero: [new Set([0]), new Set([-0])],
  nullProto: [Object.create(null), {}],
  classes: [new (class A {})(), new (class A {})()],
  symbols: [{ [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 1 }],
  symbolDiff: [{ [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 }],
  symbolNonEnum: [Object.defineProperty({}, Symbol.for('a'), { value: 1 }), {}],
  nonEnum: [Object.defineProperty({}, 'a', { value: 1 }), {}],
  undefMissing: [{ a: undefined }, {}],
  sparse: [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  holes: [[, 1], [, 1]], // eslint-disable-line no-sparse-arrays
  arrayProps: [Object.assign([1], { x: 1 }), [1]],
  typed: [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  typedKinds: [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  floatNaN: [new Float32Array([NaN]), new Float32Array([NaN])],
  floatZero: [new Float64Array([0]), new Float64Array([-0])],
  arrayBuffers: [new ArrayBuffer(2), new ArrayBuffer(2)],
  arrayBufferLen: [new ArrayBuffer(2), new ArrayBuffer(3)],
  dataView: [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  dates: [new Date(0), new Date(0)],
  dateProp: [Object.assign(new Date(0), { a: 1 }), new Date(0)],
  invalidDates: [new Date(NaN), new Date(NaN)],
  regexps: [/a/g, /a/g],
  regexpFlags: [/a/g, /a/i],
  regexpLastIndex: [/a/g, Object.assign(/a/g, { lastIndex: 3 })],
  errors: [new Error('a'), new Error('a')],
  errorMessage: [new Error('a'), new Error('b')],
  errorClass: [new TypeError('a'), new RangeError('a')],
  errorCause: [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  errorSameCause: [new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } })],
  aggregate: [new AggregateError([1], 'x'), new AggregateError([2], 'x')],
  errorProp: [Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 2 })],
  boxedNumbers: [new Number(1), new Number(1)],
  boxedDiff: [new Number(1), new Number(2)],
  boxedZero: [new Number(0), new Number(-0)],
  boxedString: [new String('ab'), new String('ab')],
  boxedVsPrimitive: [new Number(1), 1],
  boxedBigInt: [Object(1n), Object(1n)],
  bigints: [1n, 1n],
  functions: [function f() {}, function f() {}],
  args: [mk(function () { return arguments; }), mk(function () { return arguments; })],
  argsVsArray: [(function () { return arguments; })(1), [1]],
  objVsArray: [{ 0: 1, length: 1 }, [1]],
  getter: [{ get a() { return 1; } }, { a: 1 }],
  toStringTag: [{ [Symbol.toStringTag]: 'X' }, {}],
  weakMaps: [new WeakMap(), new WeakMap()],
  promise: [Promise.resolve(1), Promise.resolve(2)],
  setVsMap: [new Set(), new Map()],
  nested: [{ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] }],
};

for (const [name, [a, b]] of Object.entries(pairs)) {
  let threw;
  try {
    assert.deepStrictEqual(a, b);
    threw = false;
  } catch (e) {
    threw = e.code;
  }
  console.log(name, isDeepStrictEqual(a, b), isDeepStrictEqual(b, a), threw);
}
