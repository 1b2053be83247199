// Base64 decoding as Node does it: whitespace and junk are skipped, both
// alphabets are accepted under either name, decoding stops at the first '=',
// and leftover bits that do not make a byte are dropped.
const inputs = ['', 'aGVsbG8=', 'aGVsbG8', 'aGVs bG8=\n', 'aGV*sbG8', 'aG=Vsb', 'a', 'ab', 'ab=c',
  'ab==cd', 'abc=d', 'a-_b', 'a+/b', '====', 'YQ', 'YQ=', 'YQ==', 'YWI', 'YWJj', '\tY W J j\r\n',
  'aGVs😀bG8', 'aGVsĀbG8', 'aGVsébG8', 'aGVs\u0161bG8', 'aGVs\u3d00bG8', '////', '----', '_-_-'];
for (const s of inputs) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'),
    Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'),
    Buffer.byteLength(s, 'base64url'));
}
const bytes = Buffer.from([0xfb, 0xff, 0xfe, 0x00, 0x10, 0x83]);
for (let n = 0; n <= bytes.length; n++) {
  const part = bytes.subarray(0, n);
  console.log(n, part.toString('base64'), part.toString('base64url'));
}
const target = Buffer.alloc(4);
console.log(target.write('aGVsbG8=', 'base64'), target);
console.log(Buffer.alloc(2).write('////', 'base64url'));
