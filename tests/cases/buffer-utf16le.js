// UTF-16LE (ucs2): odd byte counts, surrogates, partial writes.
const inputs = ['', 'a', 'ab', '€', '😀', '\ud800', 'aé€😀'];
for (const s of inputs) {
  const b = Buffer.from(s, 'utf16le');
  console.log(JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, 'ucs2'), JSON.stringify(b.toString('ucs2')));
}
console.log(JSON.stringify(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')));
console.log(JSON.stringify(Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x41]).toString('utf16le')));
console.log(JSON.stringify(Buffer.from([0x3d, 0xd8]).toString('utf16le')));
for (const [max, s] of [[3, 'abc'], [4, 'abc'], [1, 'a'], [5, '😀x'], [2, '😀']]) {
  const b = Buffer.alloc(6, 0xaa);
  console.log(max, s, b.write(s, 0, max, 'utf16le'), b);
}
console.log(Buffer.from('abc', 'ucs2').ucs2Slice(1, 5));
console.log(Buffer.alloc(4).ucs2Write('xyz'), Buffer.alloc(5).ucs2Write('xyz', 1));
