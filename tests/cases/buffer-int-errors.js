// Node's range errors for integer reads and writes (codes and messages).
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
show('readUInt8(8)', () => b.readUInt8(8));
show('readUInt8(-1)', () => b.readUInt8(-1));
show('readUInt8(1.5)', () => b.readUInt8(1.5));
show('readUInt8("1")', () => b.readUInt8('1'));
show('readUInt8(null)', () => b.readUInt8(null));
show('readUInt8(NaN)', () => b.readUInt8(NaN));
show('readInt32LE(5)', () => b.readInt32LE(5));
show('readUInt16BE(7)', () => b.readUInt16BE(7));
show('readIntLE(0, 7)', () => b.readIntLE(0, 7));
show('readIntLE(0)', () => b.readIntLE(0));
show('readIntLE(0, 0)', () => b.readIntLE(0, 0));
show('readIntBE(0, "a")', () => b.readIntBE(0, 'a'));
show('readUIntBE(6, 3)', () => b.readUIntBE(6, 3));
show('readUIntLE(undefined, 2)', () => b.readUIntLE(undefined, 2));
show('readUIntBE(0, 2.5)', () => b.readUIntBE(0, 2.5));
show('readUIntBE("x", 7)', () => b.readUIntBE('x', 7));
show('empty readUInt8', () => Buffer.alloc(0).readUInt8(0));
show('short readUInt32LE', () => Buffer.alloc(2).readUInt32LE(0));
show('writeUInt8(256)', () => b.writeUInt8(256));
show('writeUInt8(300, "x")', () => b.writeUInt8(300, 'x'));
show('writeInt8(-129)', () => b.writeInt8(-129));
show('writeUInt16LE(70000, "x")', () => b.writeUInt16LE(70000, 'x'));
show('writeUInt16LE(1, 7)', () => b.writeUInt16LE(1, 7));
show('writeUInt32LE(2 ** 32)', () => b.writeUInt32LE(2 ** 32));
show('writeInt32BE(2 ** 31)', () => b.writeInt32BE(2 ** 31));
show('writeIntLE(2 ** 47, 0, 6)', () => b.writeIntLE(2 ** 47, 0, 6));
show('writeUIntLE(2 ** 48, 0, 6)', () => b.writeUIntLE(2 ** 48, 0, 6));
show('writeUIntBE(2 ** 40, 0, 5)', () => b.writeUIntBE(2 ** 40, 0, 5));
show('writeIntBE(-(2 ** 39) - 1, 0, 5)', () => b.writeIntBE(-(2 ** 39) - 1, 0, 5));
show('writeIntBE(-(2 ** 23) - 1, 0, 3)', () => b.writeIntBE(-(2 ** 23) - 1, 0, 3));
show('writeUIntLE(1, 0, 7)', () => b.writeUIntLE(1, 0, 7));
show('writeUIntLE(1, undefined, 2)', () => b.writeUIntLE(1, undefined, 2));
show('writeUIntLE(1, 0)', () => b.writeUIntLE(1, 0));
show('writeIntLE(1, 0, "2")', () => b.writeIntLE(1, 0, '2'));
show('writeIntLE(1, 0, 2.5)', () => b.writeIntLE(1, 0, 2.5));
show('writeInt32LE(Infinity)', () => b.writeInt32LE(Infinity));
show('writeUInt32LE(1e300)', () => b.writeUInt32LE(1e300));
show('writeInt16LE(1, 1.5)', () => b.writeInt16LE(1, 1.5));
show('writeInt16LE(1, -1)', () => b.writeInt16LE(1, -1));
show('writeUInt8(1, 8)', () => b.writeUInt8(1, 8));
