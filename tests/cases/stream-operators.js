// Readable operators: map (with concurrency, order kept), filter, flatMap, drop, take, reduce, toArray, some, every, find, forEach.
const { Readable } = require('stream');
Error.stackTraceLimit = 0;
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  console.log(await Readable.from([30, 10, 20]).map((x) => delay(x, x), { concurrency: 3 }).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (x) => x % 2 === 0).toArray());
  console.log(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(2).take(2).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b));
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 100));
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).some((x) => x > 5));
  console.log(await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, 2, 3]).every((x) => x > 1));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).find((x) => x > 9));
  const seen = [];
  console.log(await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), seen);
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Readable.from([]).map(null); } catch (e) { console.log(e.code, e.message); }
  try { Readable.from([]).map((x) => x, { concurrency: -1 }); } catch (e) { console.log(e.code, e.message); }
  try { Readable.from([]).take(-1); } catch (e) { console.log(e.code, e.message); }
  try { await Readable.from([1, 2, 3]).map((x) => { if (x === 2) throw new Error('map failed at ' + x); return x; }).toArray(); } catch (e) { console.log('caught', e.message); }
  const ac = new AbortController();
  const infinite = new Readable({ objectMode: true, read() { this.push(1); } });
  setTimeout(() => ac.abort(), 5);
  try { await infinite.map((x) => delay(1, x), { signal: ac.signal }).toArray(); } catch (e) { console.log('aborted', e.name); }
  const stream = Readable.from([1, 2, 3]).map((x) => x + 1);
  console.log(stream instanceof Readable, stream.readableObjectMode);
  const names = ['map', 'filter', 'forEach', 'toArray', 'some', 'find', 'every', 'flatMap', 'drop', 'take', 'reduce', 'asIndexedPairs', 'compose'];
  console.log(names.map((n) => n + ':' + Readable.prototype[n].length).join(' '));
})();
