// destroy(): 'error' then 'close' ordering, callbacks, autoDestroy false, emitClose false, destroy during pending writes.
const { Readable, Writable, Duplex } = require('stream');
Error.stackTraceLimit = 0;
const log = [];
const ev = (name, s, evs) => evs.forEach((e) => s.on(e, (x) => log.push(name + ' ' + e + (x instanceof Error ? ' ' + x.message : ''))));

const r = new Readable({ read() {} });
ev('r', r, ['error', 'close', 'end']);
r.destroy(new Error('boom'));
log.push('r sync destroyed=' + r.destroyed + ' errored=' + (r.errored && r.errored.message) + ' closed=' + r.closed);
r.destroy(new Error('second'));

const w = new Writable({
  write(c, e, cb) { setTimeout(cb, 5); },
  destroy(err, cb) { log.push('w _destroy ' + err); cb(err); },
});
ev('w', w, ['error', 'close', 'finish']);
w.write('a', (e) => log.push('w cb1 ' + (e && e.code)));
w.write('b', (e) => log.push('w cb2 ' + (e && e.code)));
w.end((e) => log.push('w end cb ' + (e && e.code)));
w.destroy();

const quiet = new Readable({ read() {}, emitClose: false });
ev('quiet', quiet, ['close', 'error']);
quiet.destroy();

const noAuto = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('wfail')); } });
ev('noAuto', noAuto, ['error', 'close', 'finish']);
noAuto.write('x', (e) => log.push('noAuto cb ' + e.message));
const later = [];
noAuto.on('error', () => setImmediate(() => later.push('noAuto destroyed=' + noAuto.destroyed + ' errored=' + (noAuto.errored && noAuto.errored.message))));

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
ev('d', d, ['error', 'close', 'end', 'finish']);
d.destroy(null, (err) => log.push('d destroy cb ' + err));

const errInDestroy = new Readable({ read() {}, destroy(err, cb) { cb(new Error('from _destroy')); } });
ev('e', errInDestroy, ['error', 'close']);
errInDestroy.destroy();

process.nextTick(() => log.push('tick'));
process.on('exit', () => console.log(log.join('\n') + '\n' + later.join('\n')));
