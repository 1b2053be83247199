// stream.compose, Duplex.from (generators, promises, iterables, {readable, writable}) and readable.compose.
const { compose, Duplex, Readable, Writable, PassThrough, Transform, pipeline } = require('stream');
Error.stackTraceLimit = 0;
(async () => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const exclaim = async function* (src) { for await (const c of src) yield c.toString() + '!'; };
  const composed = compose(upper, exclaim);
  console.log('composed is Duplex', composed instanceof Duplex);
  const out = [];
  composed.on('data', (d) => out.push(d.toString()));
  composed.write('a');
  composed.end('b');
  await new Promise((res) => composed.on('end', res));
  console.log('composed out', out);

  const fromGen = Duplex.from(async function* (source) { for await (const c of source) yield String(c).repeat(2); });
  const got = [];
  fromGen.on('data', (d) => got.push(String(d)));
  fromGen.write('x');
  fromGen.end('y');
  await new Promise((res) => fromGen.on('end', res));
  console.log('fromGen', got);

  const fromPromise = Duplex.from(Promise.resolve('resolved value'));
  console.log('fromPromise', await fromPromise.toArray());

  const fromIter = Duplex.from(['i1', 'i2']);
  console.log('fromIter', await fromIter.toArray(), fromIter.writable);

  const r = new PassThrough();
  const w = new PassThrough();
  const pair = Duplex.from({ readable: r, writable: w });
  console.log('pair', pair instanceof Duplex, pair.readable, pair.writable);

  const same = new PassThrough();
  console.log('duplex passes through', Duplex.from(same) === same);
  try { Duplex.from(42); } catch (e) { console.log(e.code); }

  const chained = Readable.from([1, 2, 3]).compose(async function* (src) { for await (const v of src) yield v * 3; });
  console.log('readable.compose', await chained.toArray());
  try { compose(); } catch (e) { console.log(e.code, e.message); }
})();
