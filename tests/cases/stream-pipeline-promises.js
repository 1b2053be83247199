// stream/promises pipeline and finished: resolution, rejection, AbortSignal, end: false.
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
Error.stackTraceLimit = 0;

(async () => {
  const got = [];
  await pipeline(Readable.from([1, 2, 3]), new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  console.log('resolved', got);

  try {
    await pipeline(Readable.from([1]), async function* (src) { for await (const x of src) throw new Error('stage ' + x); }, new PassThrough({ objectMode: true }));
  } catch (e) {
    console.log('rejected', e.message);
  }

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = pipeline(slow, new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code, slow.destroyed); }

  const dest = new PassThrough();
  await pipeline(Readable.from(['x']), dest, { end: false });
  console.log('end:false writable', dest.writable, dest.writableEnded);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end('data');
  await finished(w);
  console.log('finished resolved', w.writableFinished);

  const r = new Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('kaput')), 1);
  try { await finished(r); } catch (e) { console.log('finished rejected', e.message); }

  const r2 = new Readable({ read() {} });
  setTimeout(() => r2.destroy(), 1);
  try { await finished(r2); } catch (e) { console.log('premature', e.code, e.message); }

  const value = await pipeline(Readable.from(['a', 'b']), async (source) => {
    const parts = [];
    for await (const c of source) parts.push(c);
    return parts.join('+');
  });
  console.log('value', value);
})();
