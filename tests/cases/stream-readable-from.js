// Readable.from: arrays, strings, generators, async generators, promises inside sync iterables, null rejection, options.
const { Readable } = require('stream');
Error.stackTraceLimit = 0;
(async () => {
  const collect = async (r) => { const out = []; for await (const c of r) out.push(c); return out; };
  console.log(await collect(Readable.from(['x', 'y'])));
  console.log(await collect(Readable.from('whole string')));
  console.log(await collect(Readable.from((function* () { yield 'g1'; yield 'g2'; })())));
  console.log(await collect(Readable.from((async function* () { yield 'a1'; await null; yield 'a2'; })())));
  console.log(await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  const r = Readable.from([1, 2, 3]);
  console.log(r.readableObjectMode, r.readableHighWaterMark);
  const bytes = Readable.from(['ab', 'cd'], { objectMode: false });
  console.log(bytes.readableObjectMode, bytes.readableHighWaterMark);
  try { await collect(Readable.from([1, null, 3])); } catch (e) { console.log(e.code, e.message); }
  try { Readable.from(42); } catch (e) { console.log(e.code, e.message); }
  let closed = false;
  function* gen() { try { yield 1; yield 2; yield 3; } finally { closed = true; } }
  const g = Readable.from(gen());
  for await (const v of g) { if (v === 1) break; }
  await new Promise((res) => setImmediate(res));
  console.log('generator closed', closed);
  const failing = Readable.from((async function* () { yield 1; throw new Error('gen error'); })());
  failing.on('data', (d) => console.log('data', d));
  failing.on('error', (e) => console.log('error', e.message));
  failing.on('close', () => console.log('close'));
})();
