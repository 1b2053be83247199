// buffer.transcode between utf8, utf16le, latin1 and ascii, with ICU's '?'
// and U+FFFD substitutions and errors.
const { transcode } = require('buffer');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
const encs = ['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf8'];
const sources = {
  utf8: Buffer.from('aé€😀\u0080'),
  ucs2: Buffer.from('aé€😀', 'ucs2'),
  latin1: Buffer.from([0x61, 0xe9, 0xff, 0x80]),
  ascii: Buffer.from([0x61, 0xe9, 0xff, 0x80]),
};
for (const [from, src] of Object.entries(sources)) {
  for (const to of encs) show(`${from}->${to}`, () => transcode(src, from, to));
}
const bad = Buffer.from([0x61, 0xff, 0x62, 0xc3]);
for (const to of ['ascii', 'latin1', 'utf8', 'ucs2']) show(`bad utf8->${to}`, () => transcode(bad, 'utf8', to));
for (const raw of [[0x40], [0x40, 0, 0x41], [0x40, 0x41, 0x42], [0, 0xd8, 0x41], [0x41, 0, 0, 0xdc, 0x42]]) {
  for (const to of ['utf8', 'latin1', 'ascii', 'ucs2']) show(`ucs2 ${raw}->${to}`, () => transcode(Buffer.from(raw), 'ucs2', to));
}
show('to hex', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
show('from base64', () => transcode(Buffer.from('a'), 'base64', 'utf8'));
show('unknown', () => transcode(Buffer.from('a'), 'utf8', 'nope'));
show('string source', () => transcode('a', 'utf8', 'utf8'));
show('Uint8Array', () => transcode(new Uint8Array([97]), 'utf8', 'ucs2'));
show('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
show('aliases', () => transcode(Buffer.from('a'), 'UTF-8', 'UCS-2'));
show('bom kept', () => transcode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'utf8', 'ucs2'));
