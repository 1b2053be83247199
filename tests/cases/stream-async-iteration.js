// for await over Readable: values, errors, break destroys the stream, destroyOnReturn: false.
const { Readable, PassThrough } = require('stream');
Error.stackTraceLimit = 0;
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 2);
  const vals = [];
  for await (const v of r) vals.push(v);
  console.log('values', vals, r.destroyed);

  const failing = new Readable({ read() { this.destroy(new Error('mid-stream')); } });
  try { for await (const c of failing) console.log('never', c); } catch (e) { console.log('caught', e.message); }

  const big = Readable.from([1, 2, 3, 4, 5]);
  for await (const v of big) { if (v === 2) break; }
  console.log('after break destroyed', big.destroyed);

  const keep = Readable.from(['a', 'b', 'c']);
  for await (const v of keep.iterator({ destroyOnReturn: false })) { console.log('first', v); break; }
  console.log('kept alive destroyed', keep.destroyed);
  const rest = [];
  for await (const v of keep) rest.push(v);
  console.log('rest', rest);

  const strs = new PassThrough();
  strs.setEncoding('utf8');
  strs.end('héllo wörld');
  const parts = [];
  for await (const s of strs) parts.push(s);
  console.log('strings', parts.join(''));

  const it = Readable.from([7, 8])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next());
})();
