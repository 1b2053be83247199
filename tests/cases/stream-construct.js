// _construct: reads and writes wait for it, errors from construct destroy the stream, destroy before construct finishes.
const { Readable, Writable, Duplex } = require('stream');
Error.stackTraceLimit = 0;
const log = [];
const r = new Readable({
  construct(cb) { log.push('r construct'); setTimeout(() => { log.push('r constructed'); cb(); }, 5); },
  read() { log.push('r _read'); this.push('data'); this.push(null); },
});
r.on('data', (d) => log.push('r data ' + d));
r.on('end', () => log.push('r end'));
log.push('r sync');

const w = new Writable({
  construct(cb) { log.push('w construct'); setTimeout(cb, 5); },
  write(c, e, cb) { log.push('w _write ' + c); cb(); },
  final(cb) { log.push('w _final'); cb(); },
});
w.write('one');
w.end('two');
w.on('finish', () => log.push('w finish'));

const bad = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write(c, e, cb) { cb(); } });
bad.on('error', (e) => log.push('bad error ' + e.message));
bad.on('close', () => log.push('bad close'));

const early = new Duplex({
  construct(cb) { process.nextTick(cb); },
  destroy(err, cb) { log.push('early _destroy ' + err); cb(err); },
  read() {}, write(c, e, cb) { cb(); },
});
early.on('close', () => log.push('early close'));
early.destroy();
log.push('early destroyed flag ' + early.destroyed);

const twice = new Readable({ construct(cb) { cb(); cb(); }, read() {} });
twice.on('error', (e) => log.push('twice ' + e.code));
process.on('exit', () => console.log(log.join('\n')));
