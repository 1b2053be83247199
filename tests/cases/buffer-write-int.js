// Integer writes: bytes produced, return values, fractional and negative values.
function hexAfter(fn) {
  const b = Buffer.alloc(8, 0xaa);
  const r = fn(b);
  return `${r} ${b.toString('hex')}`;
}
const writes = [
  ['writeUInt8', 0xfe], ['writeInt8', -2], ['writeUInt16LE', 0x1234], ['writeUInt16BE', 0x1234],
  ['writeInt16LE', -2], ['writeInt16BE', -300], ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef],
  ['writeInt32LE', -2], ['writeInt32BE', -0x12345678], ['writeUint8', 7], ['writeUint16BE', 7], ['writeUint32LE', 7],
];
for (const [name, value] of writes) {
  console.log(name, hexAfter((b) => b[name](value)), hexAfter((b) => b[name](value, 2)));
}
for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE']) {
  for (let n = 1; n <= 6; n++) {
    const value = name.includes('UInt') || name.includes('Uint') ? 2 ** (8 * n) - 3 : -(2 ** (8 * n - 1)) + 5;
    console.log(name, n, hexAfter((b) => b[name](value, 1, n)));
  }
}
for (const v of [1.7, -1.5, 0.4, NaN, '12', null, true, -0, '0x10']) {
  console.log(String(v), hexAfter((b) => b.writeUInt8(v < 0 ? 0 : v, 0)), hexAfter((b) => b.writeInt16LE(v)),
    hexAfter((b) => b.writeUInt32BE(typeof v === 'number' && v < 0 ? 0 : v)), hexAfter((b) => b.writeIntLE(v, 0, 6)));
}
console.log(hexAfter((b) => b.writeIntLE(-1.5, 0, 6)), hexAfter((b) => b.writeUIntBE(2 ** 32 + 0.5, 0, 5)));
