// StringDecoder('base64' / 'base64url'): whole 3-byte groups per write, the
// rest at end() (padded only for base64).
const { StringDecoder } = require('string_decoder');
for (const enc of ['base64', 'base64url', 'BASE64']) {
  const d = new StringDecoder(enc);
  const out = [d.encoding];
  for (const chunk of [[0x61], [0x62], [0x63, 0x64], [0xfb, 0xff, 0xfe, 0x00], [], [0x10]]) {
    out.push(JSON.stringify(d.write(Buffer.from(chunk))), `${d.lastNeed}/${d.lastTotal}`);
  }
  out.push(JSON.stringify(d.end()), JSON.stringify(d.end()));
  out.push(JSON.stringify(d.write(Buffer.from('ab'))), JSON.stringify(d.end(Buffer.from('e'))));
  console.log(out.join(' '));
}
const data = Buffer.from([0xfb, 0xef, 0xbe, 0x00, 0x01, 0x02, 0x03, 0xff]);
for (let size = 1; size <= 4; size++) {
  const d = new StringDecoder('base64');
  const parts = [];
  for (let i = 0; i < data.length; i += size) parts.push(d.write(data.subarray(i, i + size)));
  parts.push(d.end());
  console.log(size, parts.join(''), parts.join('') === data.toString('base64'));
}
