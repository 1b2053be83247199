// StringDecoder('utf16le'): odd bytes and surrogate pairs split across writes.
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks, final) {
  const d = new StringDecoder(enc);
  const out = [];
  for (const c of chunks) out.push(JSON.stringify(d.write(Buffer.from(c))), `${d.lastNeed}/${d.lastTotal}`);
  out.push(JSON.stringify(final === undefined ? d.end() : d.end(Buffer.from(final))));
  return out.join(' ');
}
const cases = [
  [[[0x61]]], [[[0x61], [0x00]]], [[[0x3d, 0xd8], [0x00, 0xde]]], [[[0x3d], [0xd8, 0x00], [0xde]]],
  [[[0x3d, 0xd8]]], [[[0x3d, 0xd8, 0x00]]], [[[0x00, 0xde]]], [[[0x3d, 0xd8], [0x41, 0x00]]],
  [[[0x61, 0x00, 0x3d]], [0xd8]], [[[0x3d, 0xd8, 0x00, 0xde, 0x3d, 0xd8], [0x01, 0xde]]], [[[0x61]], [0x00, 0x62]],
];
for (const [chunks, final] of cases) console.log(feed('utf16le', chunks, final), '|', feed('ucs2', chunks, final));
const all = Buffer.from('aé€😀b😁', 'utf16le');
for (let size = 1; size <= 5; size++) {
  const dec = new StringDecoder('utf-16le');
  const parts = [];
  for (let i = 0; i < all.length; i += size) parts.push(dec.write(all.subarray(i, i + size)));
  parts.push(dec.end());
  console.log(size, JSON.stringify(parts.join('')), parts.map((p) => p.length).join(','));
}
