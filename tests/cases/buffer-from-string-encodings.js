// Buffer.from(string, encoding) for every encoding name and alias, in any case.
const encodings = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le',
  'utf-16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'Latin1', 'ascii', 'ASCII',
  'base64', 'Base64', 'base64url', 'BASE64URL', 'hex', 'HEX'];
const samples = ['', 'hello', 'héllo wörld', '€uro', '😀 emoji', 'a\u0000b', 'ÿĀ', '\ud800x\udc00'];
for (const enc of encodings) {
  const row = samples.map((s) => Buffer.from(s, enc).toString('hex'));
  console.log(enc.padEnd(9), row.join(' | '));
}
// A missing, empty or non-string encoding means utf8.
console.log(Buffer.from('é'), Buffer.from('é', undefined), Buffer.from('é', ''), Buffer.from('é', 5), Buffer.from('é', null));
for (const bad of ['utf32', 'nope', 'utf 8', 'latin-1', 'base-64']) {
  try {
    Buffer.from('x', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  Buffer.from('', 'bogus');
} catch (e) {
  console.log('empty string still checks the encoding:', e.code);
}
