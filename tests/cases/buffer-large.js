// Large buffers go through the native fast paths: round trips of ~1 MiB in
// every encoding, search near the end, and checksums of the results.
function checksum(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i += 97) h = (h * 31 + buf[i]) >>> 0;
  return `${buf.length}:${h}`;
}
function strsum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i += 89) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return `${s.length}:${h}`;
}
const size = (1 << 20) + 5;
const data = Buffer.alloc(size);
let x = 12345;
for (let i = 0; i < size; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  data[i] = x >>> 24;
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2', 'utf8', 'ascii']) {
  const s = data.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, strsum(s), checksum(back), enc === 'utf8' || enc === 'ascii' ? '-' : back.equals(data));
}
const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(25000);
const asciiBuf = Buffer.from(ascii);
console.log(checksum(asciiBuf), asciiBuf.toString() === ascii, Buffer.byteLength(ascii));
const mixed = 'héllo wörld € 😀 '.repeat(40000);
const mixedBuf = Buffer.from(mixed);
console.log(checksum(mixedBuf), mixedBuf.toString() === mixed, Buffer.byteLength(mixed), mixedBuf.toString('latin1').length);
const b64 = data.toString('base64');
const spaced = b64.replace(/(.{76})/g, '$1\n');
console.log(Buffer.from(spaced, 'base64').equals(data), Buffer.from(b64.slice(0, 1000) + '*' + b64.slice(1000), 'base64').equals(data));
console.log(Buffer.from(b64.slice(0, 5000) + '=' + b64.slice(5000), 'base64').length);
const hex = data.toString('hex');
console.log(Buffer.from(hex.slice(0, 300001) + 'zz' + hex.slice(300001), 'hex').length);
asciiBuf.write('NEEDLE', asciiBuf.length - 100);
console.log(asciiBuf.indexOf('NEEDLE'), asciiBuf.lastIndexOf('quick'), asciiBuf.indexOf('quick', -50), asciiBuf.includes('zebra'));
console.log(Buffer.compare(data, Buffer.from(data)), data.compare(Buffer.from(data), 0, size, 1), checksum(Buffer.concat([data, asciiBuf, data])));
const filled = Buffer.alloc(size, 'abc€');
console.log(checksum(filled), filled.toString('latin1', size - 7));
console.log(checksum(Buffer.from(data).swap16().subarray(0, size - 1)), checksum(data.subarray(1).fill(0x41, 100, 200000)));
