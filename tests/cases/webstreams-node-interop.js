// node:stream helpers on web streams: finished, pipeline mixing web and Node streams, addAbortSignal, isReadable/isErrored/isDisturbed.
const { finished, pipeline, addAbortSignal, Readable, Writable, PassThrough, isReadable, isErrored, isDisturbed } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
Error.stackTraceLimit = 0;
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  console.log('web readable', isReadable(rs), isErrored(rs), isDisturbed(rs));
  finished(rs, (err) => console.log('finished web readable', err));
  const reader = rs.getReader();
  await reader.read();
  await reader.read();
  console.log('after reads disturbed', isDisturbed(rs), isReadable(rs));
  await new Promise((r) => setImmediate(r));

  const out = [];
  await pipelinePromise(
    ReadableStream.from(['x', 'y']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('web -> node', out);

  const sink = [];
  await pipelinePromise(Readable.from(['n1', 'n2']), new WritableStream({ write(c) { sink.push(c); } }));
  console.log('node -> web', sink);

  const ac = new AbortController();
  const aborted = addAbortSignal(ac.signal, new ReadableStream({ pull(c) { c.enqueue(1); } }));
  ac.abort();
  try { await aborted.getReader().read(); } catch (e) { console.log('aborted web stream', e.name, isErrored(aborted)); }

  const errored = new ReadableStream({ start(c) { c.error(new Error('web boom')); } });
  finished(errored, (err) => console.log('finished errored', err.message));
  await new Promise((r) => setImmediate(r));

  pipeline(new ReadableStream({ start(c) { c.error(new Error('source failed')); } }), new PassThrough(), (err) => {
    console.log('pipeline web error', err.message);
  });
})();
