// stream.pipeline with a callback: success, a failing stage destroys every stream, generator stages, return value.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
Error.stackTraceLimit = 0;
const log = [];

const out = [];
const ret = pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
  new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  (err) => log.push('ok pipeline err=' + err + ' out=' + out.join(',')),
);
log.push('returns last ' + (ret instanceof Writable));

const s1 = new Readable({ read() {} });
const s2 = new PassThrough();
const s3 = new Writable({ write(c, e, cb) { cb(); } });
for (const [n, s] of [['s1', s1], ['s2', s2], ['s3', s3]]) s.on('close', () => log.push(n + ' close destroyed=' + s.destroyed));
pipeline(s1, s2, s3, (err) => log.push('fail pipeline ' + err.message));
s1.push('x');
setTimeout(() => s2.destroy(new Error('middle broke')), 5);

pipeline(
  function* () { yield 1; yield 2; yield 3; },
  async function* (source) { for await (const v of source) yield v * 10; },
  async function (source) { let sum = 0; for await (const v of source) sum += v; return sum; },
  (err, val) => log.push('gen pipeline err=' + err + ' val=' + val),
);

const premature = new Readable({ read() {} });
const late = [];
pipeline(premature, new PassThrough(), (err) => late.push('premature ' + (err && err.code)));
setTimeout(() => premature.destroy(), 2);

try { pipeline(new PassThrough(), () => {}); } catch (e) { log.push('too few ' + e.code + ' ' + e.message); }
try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log.push('no cb ' + e.code); }

process.on('exit', () => console.log(log.join('\n') + '\n' + late.join('\n')));
