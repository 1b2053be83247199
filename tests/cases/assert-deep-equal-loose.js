// deepEqual / notDeepEqual: == for primitives, prototypes and symbols
// ignored, loose keys in Sets and Maps.
const assert = require('assert');

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}

const pairs = {
  numStr: [{ a: 1 }, { a: '1' }],
  nullUndef: [{ a: null }, { a: undefined }],
  zero: [0, -0],
  boolNum: [[true], [1]],
  emptyStrZero: [[''], [0]],
  nullProto: [Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  classes: [new (class A {})(), new (class B {})()],
  symbolKeys: [{ [Symbol.for('a')]: 1 }, {}],
  setLoose: [new Set([1]), new Set(['1'])],
  setLoose2: [new Set([1, '1']), new Set(['1', 1])],
  setObjects: [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
  setUndefNull: [new Set([undefined]), new Set([null])],
  setNaN: [new Set([NaN]), new Set([NaN])],
  mapLooseKeys: [new Map([[1, 'a']]), new Map([['1', 'a']])],
  mapLooseValues: [new Map([[1, 1]]), new Map([[1, '1']])],
  mapObjectKeys: [new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']])],
  mapUndefNull: [new Map([[undefined, 1]]), new Map([[null, 1]])],
  bufferVsUint8: [new Uint8Array([1]), new Uint8Array([1])],
  floatNaN: [new Float64Array([NaN]), new Float64Array([NaN])],
  floatZero: [new Float64Array([0]), new Float64Array([-0])],
  dates: [new Date(5), new Date(5)],
  strVsBox: ['a', new String('a')],
  errors: [new Error('a', { cause: 1 }), new Error('a', { cause: '1' })],
  bigintNum: [1n, 1],
  arrays: [[1, [2, 3]], ['1', ['2', 3]]],
  lengthDiff: [[1, 2], [1, 2, undefined]],
};

for (const [name, [a, b]] of Object.entries(pairs)) {
  let not;
  try {
    assert.notDeepEqual(a, b);
    not = 'ok';
  } catch (e) {
    not = e.code;
  }
  console.log(name, loose(a, b), loose(b, a), not);
}
