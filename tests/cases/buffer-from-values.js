// Buffer.from for arrays, array-likes, ArrayBuffers, typed arrays, objects
// with valueOf / Symbol.toPrimitive, {type:'Buffer'} objects, and bad input.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('array', () => Buffer.from([1, 2, 300, -1, '7', null, 1.9, 'x']));
show('array-like', () => Buffer.from({ length: 3, 0: 1, 1: 2 }));
show('bad length', () => Buffer.from({ length: 'x' }));
show('json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show('json round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))).toString());
show('String object', () => Buffer.from(new String('abc')));
show('valueOf', () => Buffer.from({ valueOf() { return 'xyz'; } }));
show('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }, 'latin1'));
show('toPrimitive number', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));
show('Uint16Array', () => Buffer.from(new Uint16Array([1, 0x201, 0xffff])));
show('Float32Array', () => Buffer.from(new Float32Array([1.5, 300, -1])));
show('buffer copy', () => {
  const a = Buffer.from('ab');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return [a.toString(), b.toString()];
});
const ab = new ArrayBuffer(8);
show('ArrayBuffer shares', () => {
  const b = Buffer.from(ab, 2, 3);
  new Uint8Array(ab)[2] = 9;
  return [b, b.length, b.byteOffset, b.buffer === ab];
});
show('ArrayBuffer offset only', () => Buffer.from(ab, 6));
show('ArrayBuffer string offset', () => Buffer.from(ab, '2').length);
show('ArrayBuffer NaN', () => Buffer.from(ab, NaN, NaN).length);
show('ArrayBuffer end', () => Buffer.from(ab, 8).length);
show('ArrayBuffer fractional', () => Buffer.from(ab, 1.5, 2.5).length);
show('ArrayBuffer negative length', () => Buffer.from(ab, 2, -1).length);
show('offset out of bounds', () => Buffer.from(ab, 9));
show('length out of bounds', () => Buffer.from(ab, 1, 8));
show('SharedArrayBuffer', () => {
  const sab = new SharedArrayBuffer(4);
  const b = Buffer.from(sab);
  b.write('hi', 1);
  return [b, new Uint8Array(sab)[1], b.toString('latin1', 1, 3)];
});
for (const bad of [undefined, null, 5, true, Symbol('s'), () => {}, {}, 10n]) {
  show(typeof bad, () => Buffer.from(bad));
}
show('Buffer.of', () => Buffer.of(1, 2, 257, -1));
show('Buffer.of empty', () => Buffer.of());
