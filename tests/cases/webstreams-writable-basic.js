// WritableStream: sink write/close/abort order, writer.ready/desiredSize backpressure, errors from the sink.
const log = [];
const ws = new WritableStream({
  start() { log.push('sink start'); },
  write(chunk) { log.push('sink write ' + chunk); return new Promise((r) => setTimeout(r, 2)); },
  close() { log.push('sink close'); },
  abort(reason) { log.push('sink abort ' + reason); },
}, { highWaterMark: 2 });
(async () => {
  const w = ws.getWriter();
  log.push('desired ' + w.desiredSize);
  const p1 = w.write('one');
  log.push('desired after 1 ' + w.desiredSize);
  const p2 = w.write('two');
  log.push('desired after 2 ' + w.desiredSize);
  const p3 = w.write('three');
  log.push('desired after 3 ' + w.desiredSize);
  await w.ready;
  log.push('ready, desired ' + w.desiredSize);
  await Promise.all([p1, p2, p3]);
  await w.close();
  log.push('closed ' + (await w.closed));

  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const fw = failing.getWriter();
  try { await fw.write('x'); } catch (e) { log.push('write rejected ' + e.message); }
  try { await fw.closed; } catch (e) { log.push('closed rejected ' + e.message); }
  try { await fw.write('y'); } catch (e) { log.push('later write ' + e.message); }

  const aborted = new WritableStream({ abort(r) { log.push('abort sink ' + r); } });
  const aw = aborted.getWriter();
  const pending = aw.write('z');
  await aw.abort('stop');
  try { await pending; } catch (e) { log.push('pending write ' + e); }
  try { await aw.closed; } catch (e) { log.push('aborted closed ' + e); }

  const ctrlErr = new WritableStream({ start(c) { setTimeout(() => c.error(new Error('from controller')), 1); } });
  const cw = ctrlErr.getWriter();
  try { await cw.closed; } catch (e) { log.push('controller error ' + e.message); }
  console.log(log.join('\n'));
  console.log(ws, cw.desiredSize);
})();
