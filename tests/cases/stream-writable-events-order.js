// Writable: write callbacks, _final, 'prefinish', 'finish', 'close' order and end() callback.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push('_write ' + chunk.length + ' ' + enc);
    if (chunk.length === 2) setTimeout(cb, 1); else cb();
  },
  final(cb) {
    log.push('_final');
    process.nextTick(cb);
  },
});
for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => log.push('event ' + ev));
log.push('write1 ' + w.write('a', () => log.push('cb1')));
log.push('write2 ' + w.write('bb', (err) => log.push('cb2 ' + err)));
log.push('write3 ' + w.write('ccc', 'latin1', () => log.push('cb3')));
w.end('d', () => log.push('end cb'));
log.push('after end: ended=' + w.writableEnded + ' finished=' + w.writableFinished + ' len=' + w.writableLength);
process.nextTick(() => log.push('tick'));
process.on('exit', () => {
  console.log(log.join('\n'));
  console.log(w.writableFinished, w.destroyed, w.closed, w.writable);
});
