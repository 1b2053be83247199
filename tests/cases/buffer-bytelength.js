// Buffer.byteLength for strings in each encoding, views and ArrayBuffers, and errors.
const strings = ['', 'abc', '€', '😀', '\ud800', 'héllo', 'aGVsbG8=', 'aGVsbG8', 'ab==', 'a', 'abc', 'abcd', 'zz'];
const encs = [undefined, 'utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'nope', ''];
for (const s of strings) {
  console.log(JSON.stringify(s), encs.map((e) => Buffer.byteLength(s, e)).join(' '));
}
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)),
  Buffer.byteLength(new DataView(new ArrayBuffer(5), 1)), Buffer.byteLength(Buffer.alloc(7)),
  Buffer.byteLength(new SharedArrayBuffer(3)), Buffer.byteLength(new Float64Array(2).subarray(1)));
for (const bad of [undefined, 5, null, {}, [1, 2]]) {
  try {
    Buffer.byteLength(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
