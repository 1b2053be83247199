// Writable backpressure: write() return values against highWaterMark and when 'drain' fires.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log.push('write ' + chunk.toString());
    setImmediate(cb);
  },
});
w.on('drain', () => log.push('drain len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain));
log.push('r1 ' + w.write('ab') + ' len=' + w.writableLength);
log.push('r2 ' + w.write('cd') + ' len=' + w.writableLength);
log.push('r3 ' + w.write('e') + ' len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain);
log.push('r4 ' + w.write('fgh') + ' len=' + w.writableLength);
const ow = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) { setImmediate(cb); },
});
log.push('o1 ' + ow.write({}) + ' o2 ' + ow.write({}) + ' o3 ' + ow.write({}) + ' hwm ' + ow.writableHighWaterMark);
ow.on('drain', () => log.push('obj drain'));
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
log.push('hwm0 ' + z.write('x'));
z.on('drain', () => log.push('hwm0 drain'));
process.on('exit', () => console.log(log.join('\n')));
