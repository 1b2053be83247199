// The node:buffer module: exports, constants, isUtf8/isAscii, atob/btoa,
// Buffer statics and prototype shape.
const buffer = require('buffer');
console.log(Object.keys(buffer));
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES);
console.log(buffer.Buffer === Buffer, buffer.atob === atob, buffer.btoa === btoa, buffer.atob('aGk='), buffer.btoa('hi'));
console.log(require('node:buffer') === buffer, buffer.resolveObjectURL('blob:nodedata:abc'), buffer.resolveObjectURL('x'));
console.log(Object.getOwnPropertyNames(Buffer).sort().join(' '));
console.log(Object.keys(Buffer.prototype).join(' '));
console.log(Buffer.poolSize, Buffer.length, Buffer.name, Object.getPrototypeOf(Buffer) === Uint8Array,
  Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.prototype.constructor === Buffer);
console.log(Buffer.from.length, Buffer.alloc.length, Buffer.concat.length, Buffer.compare.length, Buffer.byteLength.length,
  Buffer.of.length, Buffer.copyBytesFrom.length, Buffer.prototype.write.length, Buffer.prototype.fill.length,
  Buffer.prototype.copy.length, Buffer.prototype.indexOf.length, Buffer.prototype.readIntLE.length,
  Buffer.prototype.writeUInt8.length, Buffer.prototype.toString.length, Buffer.prototype.slice.length);
console.log(Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.readUint8.name);
const b = Buffer.from('abc');
console.log(b.parent === b.buffer, b.offset === b.byteOffset, new Uint8Array(1).parent, Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null));
const names = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64',
  'base64url', 'hex', 'HEX', 'raw', 'utf16', '', null, 1, undefined, 'utf32', {}];
console.log(names.map((n) => Buffer.isEncoding(n)).join(','));
const { isUtf8, isAscii } = buffer;
for (const input of [Buffer.from('abc'), Buffer.from('é'), Buffer.from([0xff]), Buffer.from([0xed, 0xa0, 0x80]),
  new Uint8Array([0x80]), new ArrayBuffer(2), Buffer.alloc(0), new Uint16Array([0x41, 0xc3a9])]) {
  console.log(isUtf8(input), isAscii(input));
}
for (const bad of [5, 'a', new DataView(new ArrayBuffer(1)), null]) {
  try {
    isUtf8(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1), Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1),
  Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5), Buffer.copyBytesFrom(new Float64Array(0)));
for (const args of [[[1]], [new Uint8Array(3), -1], [new Uint8Array(3), 0, '1'], [new Uint8Array(3), 1.5]]) {
  try {
    Buffer.copyBytesFrom(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  new Buffer(5, 'utf8');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
