// StringDecoder: encoding names, stateless encodings, strings and views as
// input, text(), argument errors and inspection.
const { StringDecoder } = require('string_decoder');
const sd = require('string_decoder');
console.log(sd, Object.keys(sd));
for (const e of [undefined, null, '', 'UTF-8', 'ucs2', 'UTF16LE', 'binary', 'Latin1', 'hex', 'ASCII', 'base64', 'BASE64URL', 0, false, 'nope', 'utf32']) {
  try {
    console.log(JSON.stringify(e), new StringDecoder(e).encoding);
  } catch (x) {
    console.log(JSON.stringify(e), x.name, x.code, x.message);
  }
}
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from([1, 255])), JSON.stringify(h.end()), h.write(Buffer.from([0xab])), h.end(Buffer.from([0xcd])));
const l = new StringDecoder('latin1');
console.log(JSON.stringify(l.write(Buffer.from([0xe9, 0xff, 0x41]))), JSON.stringify(l.end()));
const a = new StringDecoder('ascii');
console.log(JSON.stringify(a.write(Buffer.from([0xe9, 0xff, 0x41]))));
const d = new StringDecoder();
console.log(d);
console.log(JSON.stringify(d.write('abc')), JSON.stringify(d.end('x')), JSON.stringify(d.write(Buffer.alloc(0))));
console.log(d.write(new Uint16Array([0x6261])), d.write(new DataView(new Uint8Array([0x63]).buffer)), d.write(new Uint8Array([0x64])));
console.log(JSON.stringify(d.text(Buffer.from('hello'), 2)), JSON.stringify(new StringDecoder('utf8').text(Buffer.from([0xe2, 0x82, 0xac, 0x41]), 1)));
for (const bad of [5, null, undefined, {}, [1]]) {
  try {
    d.write(bad);
  } catch (x) {
    console.log(x.name, x.code, x.message);
  }
}
try {
  StringDecoder.prototype.write.call({}, Buffer.from('a'));
} catch (x) {
  console.log(x.name, x.code, x.message);
}
console.log(StringDecoder.length, StringDecoder.prototype.write.length, StringDecoder.prototype.end.length,
  StringDecoder.prototype.text.length, Object.getOwnPropertyNames(StringDecoder.prototype));
const half = new StringDecoder('utf8');
half.write(Buffer.from([0xf0, 0x9f]));
console.log(half, half.lastChar);
console.log(new StringDecoder('hex'), new StringDecoder('base64url'));
