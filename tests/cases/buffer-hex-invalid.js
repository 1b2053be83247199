// Hex decoding stops at the first pair that is not two hex digits; an odd
// trailing digit is dropped; hex output is lowercase.
const inputs = ['', 'a', 'ab', 'abc', 'abz', 'zz12', '0g12', 'a b', 'AbCdEf', '12 34', '1234567',
  '00ff', 'FF00', '0x12', '12\n34', 'ab\u0100', '\u0130\u0131', 'a\u0162'];
for (const s of inputs) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}
const buf = Buffer.alloc(4, 0xee);
console.log(buf.write('1122zz', 'hex'), buf);
console.log(buf.write('abcdef0123', 1, 'hex'), buf);
console.log(Buffer.from([0, 1, 15, 16, 127, 128, 254, 255]).toString('hex'));
console.log(Buffer.from('DEADBEEF', 'hex').toString('hex'));
