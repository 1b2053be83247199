// BigInt 64-bit reads and writes and their range errors.
const values = [0n, 1n, -1n, 255n, 2n ** 32n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n];
for (const v of values) {
  const b = Buffer.alloc(16);
  const row = [String(v)];
  row.push(b.writeBigInt64LE(v), b.writeBigInt64BE(v, 8), b.toString('hex'));
  row.push(b.readBigInt64LE(0), b.readBigInt64BE(8), b.readBigUInt64LE(0), b.readBigUInt64BE(8));
  console.log(row.join(' '));
}
for (const v of [0n, 2n ** 64n - 1n, 2n ** 63n, 0xfedcba9876543210n]) {
  const b = Buffer.alloc(8);
  console.log(String(v), b.writeBigUInt64BE(v), b.toString('hex'), b.writeBigUint64LE(v), b.toString('hex'), b.readBigUint64LE(), b.readBigInt64LE());
}
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(9);
show('writeBigInt64LE(2n ** 63n)', () => b.writeBigInt64LE(2n ** 63n));
show('writeBigInt64BE(-(2n ** 63n) - 1n)', () => b.writeBigInt64BE(-(2n ** 63n) - 1n));
show('writeBigUInt64LE(-1n)', () => b.writeBigUInt64LE(-1n));
show('writeBigUInt64BE(2n ** 64n)', () => b.writeBigUInt64BE(2n ** 64n));
show('writeBigUInt64LE(1n, 2)', () => b.writeBigUInt64LE(1n, 2));
show('readBigInt64LE(2)', () => b.readBigInt64LE(2));
show('readBigUInt64BE(-1)', () => b.readBigUInt64BE(-1));
show('readBigInt64LE("0")', () => b.readBigInt64LE('0'));
show('readBigInt64LE(1)', () => b.readBigInt64LE(1));
show('short', () => Buffer.alloc(7).readBigUInt64LE(0));
console.log(Buffer.prototype.readBigUint64LE === Buffer.prototype.readBigUInt64LE);
