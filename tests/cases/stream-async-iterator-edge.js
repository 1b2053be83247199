// Async iterator edge cases: return() while a read is pending, destroy inside the loop, throw(), legacy streams, falsy objects, premature close.
const { Readable, Stream } = require('stream');
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);
(async () => {
  const r = new Readable({ read() {} });
  const it = r[Symbol.asyncIterator]();
  const p1 = it.next();
  const p2 = it.return();
  setTimeout(() => r.push('late'), 1);
  log('return', JSON.stringify(await p2), r.destroyed);
  log('pending next', String((await p1).value));

  const r2 = Readable.from([1, 2, 3]);
  try { for await (const v of r2) { log('v', v); r2.destroy(); } log('loop ended'); } catch (e) { log('loop err', e.code); }

  const r3 = Readable.from([1, 2, 3]);
  try { for await (const v of r3) { r3.destroy(new Error('inside ' + v)); } } catch (e) { log('loop err', e.message); }

  const legacy = new Stream();
  setTimeout(() => { legacy.emit('data', 'l1'); legacy.emit('data', 'l2'); legacy.emit('end'); }, 1);
  const got = [];
  for await (const c of Readable.prototype[Symbol.asyncIterator].call(legacy)) got.push(c);
  log('legacy', got);

  const it5 = Readable.from([1])[Symbol.asyncIterator]();
  log(JSON.stringify(await it5.next()), JSON.stringify(await it5.next()), JSON.stringify(await it5.next()));

  const s6 = Readable.from([1, 2]);
  const it6 = s6[Symbol.asyncIterator]();
  await it6.next();
  try { await it6.throw(new Error('thrown in')); log('throw resolved?!'); } catch (e) { log('throw rejected', e.message, s6.destroyed); }

  const r8 = new Readable({ read() {}, autoDestroy: false });
  process.nextTick(() => r8.destroy(new Error('r8')));
  try { for await (const c of r8) log(c); } catch (e) { log('r8 err', e.message, r8.destroyed); }

  const r9 = new Readable({ read() {} });
  setTimeout(() => r9.destroy(), 1);
  try { for await (const c of r9) log(c); log('r9 ended'); } catch (e) { log('r9 err', e.code); }

  const r10 = new Readable({ objectMode: true, read() {} });
  r10.push(0); r10.push(''); r10.push(false); r10.push(null);
  const got10 = [];
  for await (const c of r10) got10.push(c);
  log('falsy', got10);
})();
