// Integer reads of every width and endianness.
const b = Buffer.from([0x01, 0x02, 0x83, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12, 0x34]);
const fixed = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readUint8', 'readUint16LE', 'readUint32BE'];
for (const name of fixed) {
  const values = [];
  for (let off = 0; off < b.length; off++) {
    try {
      values.push(b[name](off));
    } catch (e) {
      values.push(e.code);
    }
  }
  console.log(name, values.join(' '));
}
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (let n = 1; n <= 6; n++) {
    console.log(name, n, b[name](0, n), b[name](2, n), b[name](b.length - n, n));
  }
}
console.log(b.readUInt8(), b.readInt16LE(), b.readUInt32BE());
const ones = Buffer.alloc(6, 0xff);
console.log(ones.readIntLE(0, 6), ones.readUIntBE(0, 6), ones.readIntBE(0, 5), ones.readInt32LE(0), ones.readUInt32LE(0));
const min = Buffer.from([0x80, 0, 0, 0, 0, 0]);
console.log(min.readIntBE(0, 6), min.readIntBE(0, 3), min.readInt8(0), min.readInt16BE(0));
console.log(Buffer.prototype.readUInt16LE.call(new Uint8Array([1, 2])), Buffer.prototype.readUInt16BE.call([1, 2]));
