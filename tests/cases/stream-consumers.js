// stream/consumers: text, json, buffer and arrayBuffer from Node streams, web streams and async iterables.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
(async () => {
  const euro = new TextEncoder().encode('a€b');
  console.log(JSON.stringify(await text(Readable.from([euro.subarray(0, 2), euro.subarray(2)], { objectMode: false }))));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const pt = new PassThrough();
  pt.end('bytes!');
  const buf = await buffer(pt);
  console.log(buf.length, buf.toString());
  const ab = await arrayBuffer(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Array.from(new Uint8Array(ab)));
  console.log(await text((async function* () { yield 'gen'; yield 'erated'; })()));
  try { await json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
  console.log(Object.keys(require('stream/consumers')));
})();
