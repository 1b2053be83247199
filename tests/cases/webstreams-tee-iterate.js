// ReadableStream tee(), async iteration (break cancels, preventCancel), ReadableStream.from with sync and async iterables.
(async () => {
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const ra = [];
  for await (const v of a) ra.push(v);
  const rb = [];
  for await (const v of b) rb.push(v);
  console.log('tee', ra, rb);

  let cancelled = null;
  const rs = new ReadableStream({
    pull(c) { c.enqueue('chunk'); },
    cancel(r) { cancelled = r; },
  });
  for await (const v of rs) { console.log('first', v); break; }
  console.log('cancelled on break', cancelled, rs.locked);

  const keep = ReadableStream.from(['k1', 'k2', 'k3']);
  for await (const v of keep.values({ preventCancel: true })) { console.log('took', v); break; }
  const reader = keep.getReader();
  console.log('next after preventCancel', (await reader.read()).value);

  async function* gen() { yield 'g1'; yield 'g2'; }
  const fromAsync = [];
  for await (const v of ReadableStream.from(gen())) fromAsync.push(v);
  console.log('from async gen', fromAsync);

  const errStream = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('iter error')); } });
  try { for await (const v of errStream) console.log('never', v); } catch (e) { console.log('iteration error', e.message); }

  const [c1, c2] = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }).tee();
  await c1.cancel('one');
  const left = [];
  for await (const v of c2) left.push(v);
  console.log('one branch cancelled, other got', left);
})();
