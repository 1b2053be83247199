// TransformStream with pipeThrough/pipeTo: transform and flush, backpressure defaults, errors propagate, preventClose.
const log = [];
const upper = new TransformStream({
  transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
  flush(c) { c.enqueue('<end>'); },
});
(async () => {
  const source = ReadableStream.from(['a', 'b', 'c']);
  const out = [];
  await source.pipeThrough(upper).pipeTo(new WritableStream({ write(ch) { out.push(ch); } }));
  log.push('piped ' + out.join(','));

  const ts = new TransformStream();
  log.push('identity desired readable=' + ts.readable.locked + ' writable=' + ts.writable.locked);
  const writer = ts.writable.getWriter();
  log.push('writer desired ' + writer.desiredSize);
  writer.write('x');
  writer.close();
  const reader = ts.readable.getReader();
  log.push('read ' + JSON.stringify(await reader.read()) + ' ' + JSON.stringify(await reader.read()));

  const failing = new TransformStream({ transform() { throw new Error('transform failed'); } });
  try {
    await ReadableStream.from([1]).pipeThrough(failing).pipeTo(new WritableStream());
  } catch (e) { log.push('pipe rejected ' + e.message); }

  const dest = new WritableStream({ write(ch) { log.push('dest got ' + ch); }, close() { log.push('dest closed?!'); } });
  await ReadableStream.from(['keep']).pipeTo(dest, { preventClose: true });
  log.push('dest locked after pipe ' + dest.locked);

  const ac = new AbortController();
  const never = new ReadableStream({ cancel(r) { log.push('source cancelled ' + r.name); } });
  const p = never.pipeTo(new WritableStream({ abort(r) { log.push('dest aborted ' + r.name); } }), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log.push('abort rejected ' + e.name); }

  const terminated = new TransformStream({ transform(ch, c) { c.enqueue(ch); c.terminate(); } });
  const tw = terminated.writable.getWriter();
  tw.write('only').catch(() => {});
  const tr = terminated.readable.getReader();
  log.push('terminated ' + JSON.stringify(await tr.read()) + ' ' + JSON.stringify(await tr.read()));
  console.log(log.join('\n'));
})();
