// Web stream misuse: error classes, codes and Node's messages for locked streams, closed controllers, released readers and writers, bad arguments.
Error.stackTraceLimit = 0;
const lines = [];
const t = (label, f) => {
  try {
    const r = f();
    if (r && typeof r.then === 'function') {
      return r.then((v) => lines.push(`${label} ok ${v}`), (e) => lines.push(`${label} rejects ${e.name} ${e.code} ${e.message}`));
    }
    lines.push(`${label} ok`);
  } catch (e) {
    lines.push(`${label} throws ${e.name} ${e.code} ${e.message}`);
  }
};
(async () => {
  t('null source', () => new ReadableStream(null));
  t('bad type', () => new ReadableStream({ type: 'foo' }));
  t('negative hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
  t('bad size', () => new ReadableStream({}, { size: 5 }));
  let ctl;
  new ReadableStream({ start(c) { ctl = c; } });
  ctl.close();
  t('close twice', () => ctl.close());
  t('enqueue after close', () => ctl.enqueue(1));
  let bctl;
  new ReadableStream({ type: 'bytes', start(c) { bctl = c; } });
  t('byte enqueue empty', () => bctl.enqueue(new Uint8Array(0)));
  t('byte enqueue string', () => bctl.enqueue('x'));
  t('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
  t('bad mode', () => new ReadableStream().getReader({ mode: 'x' }));
  const locked = new ReadableStream();
  locked.getReader();
  t('second reader', () => locked.getReader());
  t('tee locked', () => locked.tee());
  await t('cancel locked', () => locked.cancel());
  await t('pipeTo locked', () => locked.pipeTo(new WritableStream()));
  t('pipeThrough bad', () => new ReadableStream().pipeThrough({}));
  await t('pipeTo not writable', () => new ReadableStream().pipeTo({}));
  const released = new ReadableStream().getReader();
  released.releaseLock();
  await t('released read', () => released.read());
  await t('released closed', () => released.closed);
  const ws = new WritableStream({});
  const w = ws.getWriter();
  t('second writer', () => ws.getWriter());
  await t('abort locked', () => ws.abort());
  w.close();
  await t('close after close', () => w.close());
  w.releaseLock();
  t('released desiredSize', () => w.desiredSize);
  await t('released write', () => w.write(1));
  await t('released ready', () => w.ready);
  const ts = new TransformStream({ start(c) { c.terminate(); } });
  await t('write after terminate', () => ts.writable.getWriter().write(1));
  t('readableType', () => new TransformStream({ readableType: 'bytes' }));
  t('from non-iterable', () => ReadableStream.from(5));
  t('strategy init', () => new CountQueuingStrategy());
  t('strategy hwm', () => new CountQueuingStrategy({}));
  t('illegal controller', () => new ReadableStreamDefaultController());
  t('wrong this', () => ReadableStream.prototype.getReader.call({}));
  console.log(lines.join('\n'));
})();
