// stream.finished with callbacks: readable/writable options, errors, already-finished streams, cleanup.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
Error.stackTraceLimit = 0;
const log = [];

const r = new Readable({ read() {} });
finished(r, (err) => log.push('r done ' + err));
r.resume();
r.push('x');
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log.push('w done ' + err));
w.end('y');

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => log.push('d writable side done ' + err));
d.end();

const e = new PassThrough();
finished(e, (err) => log.push('e error ' + (err && err.message)));
e.destroy(new Error('nope'));

const already = new Readable({ read() {} });
already.resume();
already.push(null);
already.on('end', () => {
  setImmediate(() => finished(already, (err) => log.push('already done ' + err)));
});

const c = new PassThrough();
const cleanup = finished(c, () => log.push('should not run'));
cleanup();
c.destroy();

const sig = new PassThrough();
const ac = new AbortController();
finished(sig, { signal: ac.signal }, (err) => log.push('signal ' + err.name + ' ' + err.code));
ac.abort();

try { finished(42, () => {}); } catch (err) { log.push(err.code + ' ' + err.message); }
try { finished(new PassThrough()); } catch (err) { log.push(err.code); }

process.on('exit', () => console.log(log.join('\n')));
