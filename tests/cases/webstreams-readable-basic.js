// ReadableStream: start/pull/cancel calls, reader.read results, desiredSize, close and error, locked state, inspect.
const log = [];
let pulls = 0;
const rs = new ReadableStream({
  start(c) { log.push('start desiredSize=' + c.desiredSize); c.enqueue('a'); },
  pull(c) { pulls++; log.push('pull ' + pulls + ' desiredSize=' + c.desiredSize); if (pulls < 3) c.enqueue('p' + pulls); else c.close(); },
  cancel(reason) { log.push('cancel ' + reason); },
}, { highWaterMark: 2 });
(async () => {
  await null;
  log.push('locked ' + rs.locked);
  const reader = rs.getReader();
  log.push('locked ' + rs.locked);
  for (;;) {
    const { value, done } = await reader.read();
    log.push('read ' + value + ' ' + done);
    if (done) break;
  }
  await reader.closed;
  log.push('closed resolved');
  reader.releaseLock();
  log.push('released locked=' + rs.locked);

  const errored = new ReadableStream({ start(c) { c.error(new Error('bad source')); } });
  try { await errored.getReader().read(); } catch (e) { log.push('error read ' + e.message); }

  const cancelled = new ReadableStream({ cancel(r) { log.push('source cancel ' + r); return 'ignored'; } });
  log.push('cancel result ' + await cancelled.cancel('bye'));

  const counted = new ReadableStream({
    start(c) { c.enqueue('x'); c.enqueue('yy'); log.push('count desired ' + c.desiredSize); },
  }, new CountQueuingStrategy({ highWaterMark: 5 }));
  const sized = new ReadableStream({
    start(c) { c.enqueue(new Uint8Array(3)); log.push('bytes desired ' + c.desiredSize); },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  log.push(String(counted.locked) + ' ' + String(sized.locked));
  console.log(log.join('\n'));
  console.log(rs, Object.prototype.toString.call(rs));
})();
