// Readable/Writable/Duplex toWeb and fromWeb: data in both directions, object mode, errors crossing the bridge.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
Error.stackTraceLimit = 0;
(async () => {
  const rs = Readable.toWeb(Readable.from(['a', 'b']));
  console.log(rs);
  const reader = rs.getReader();
  console.log(await reader.read(), await reader.read(), await reader.read());

  const bytes = new PassThrough();
  bytes.end('xyz');
  for await (const c of Readable.toWeb(bytes)) console.log('web chunk', c.constructor.name, Array.from(c));

  const nr = Readable.fromWeb(ReadableStream.from(['p', 'q']), { objectMode: true });
  console.log(nr.readableObjectMode, nr.readableHighWaterMark, await nr.toArray());

  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(Array.from(c).join(',')); cb(); } });
  const ws = Writable.toWeb(w);
  const ww = ws.getWriter();
  await ww.write(new Uint8Array([1, 2]));
  await ww.write(new Uint8Array([3]));
  await ww.close();
  console.log('node writable got', got, w.writableFinished);

  const sink = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { sink.push(c); } }), { decodeStrings: false });
  nw.write('hello');
  await new Promise((res) => nw.end('!', res));
  console.log('web sink', sink);

  const pair = Duplex.toWeb(new PassThrough());
  console.log(Object.keys(pair));
  const dw = pair.writable.getWriter();
  dw.write(new Uint8Array([9]));
  dw.close();
  for await (const c of pair.readable) console.log('duplex web', Array.from(c));

  const nd = Duplex.fromWeb(new TransformStream(), { encoding: 'utf8' });
  nd.end('through');
  console.log(await nd.toArray(), nd instanceof Duplex);

  try { Readable.toWeb({}); } catch (e) { console.log(e.code); }
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Writable.fromWeb(new ReadableStream()); } catch (e) { console.log(e.code, e.message); }

  const errored = new Readable({ read() {} });
  const ers = Readable.toWeb(errored);
  errored.destroy(new Error('node side failed'));
  try { await ers.getReader().read(); } catch (e) { console.log('web got', e.message); }
  const aborted = new Readable({ read() {} });
  const ars = Readable.toWeb(aborted);
  aborted.destroy();
  try { await ars.getReader().read(); } catch (e) { console.log('web got', e.name, e.cause && e.cause.code); }

  const failingWeb = new ReadableStream({ pull(c) { c.error(new Error('web side failed')); } });
  const fr = Readable.fromWeb(failingWeb);
  fr.on('error', (e) => console.log('node got', e.message));
  fr.resume();
})();
