// StringDecoder('utf8'): characters split across writes, invalid and
// truncated sequences, end() with a held character, and the exposed state.
const { StringDecoder } = require('string_decoder');
function feed(chunks, final) {
  const d = new StringDecoder('utf8');
  const out = [];
  for (const c of chunks) {
    out.push(JSON.stringify(d.write(Buffer.from(c))), `${d.lastNeed}/${d.lastTotal}`);
  }
  out.push(JSON.stringify(final === undefined ? d.end() : d.end(Buffer.from(final))));
  return out.join(' ');
}
const cases = [
  [[[0xe2], [0x82], [0xac]]], [[[0xe2, 0x82], [0xac, 0x41]]], [[[0xf0, 0x9f], [0x98], [0x80]]],
  [[[0xe2], [0x41]]], [[[0xe2, 0x82], [0x41]]], [[[0xf0], [0x9f, 0x41]]], [[[0xe2]]], [[[0xf0, 0x9f, 0x98]]],
  [[[0xc3]], [0xa9]], [[[0xf4]], [0xbf]], [[[0xf4]], [0x41]], [[[0xf4]], [0xc2]], [[[0x80, 0x80, 0x80, 0x80]]],
  [[[0x41, 0x80, 0x80, 0x80]]], [[[0xc3, 0x80, 0x80]]], [[[0xf8, 0x88]]], [[[0xff]]], [[[0xc0], [0x80]]],
  [[[0xed, 0xa0], [0x80]]], [[[0x61, 0xe2, 0x82, 0xac, 0xf0]]], [[[], [0xe2], [], [0x82, 0xac]]],
  [[[0xef, 0xbb, 0xbf, 0x61]]], [[[0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f], [0x98, 0x81]]],
];
for (const [chunks, final] of cases) console.log(feed(chunks, final));
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(d.lastChar, d.lastNeed, d.lastTotal);
d.write(Buffer.from([0x82]));
console.log(d.lastChar, d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end()), d.lastChar, d.lastNeed, d.lastTotal);
const all = Buffer.from('héllo wörld € 😀 ñ');
for (let size = 1; size <= 4; size++) {
  const dec = new StringDecoder();
  const parts = [];
  for (let i = 0; i < all.length; i += size) parts.push(dec.write(all.subarray(i, i + size)));
  parts.push(dec.end());
  console.log(size, JSON.stringify(parts.join('')), parts.length);
}
