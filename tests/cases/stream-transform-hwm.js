// Transform backpressure: writes wait while readable side is full, callbacks released as the consumer reads, readableHighWaterMark 0.
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  readableHighWaterMark: 2,
  writableHighWaterMark: 2,
  objectMode: true,
  transform(chunk, enc, cb) { log.push('transform ' + chunk); cb(null, chunk * 10); },
});
for (let i = 1; i <= 5; i++) log.push('write ' + i + ' -> ' + t.write(i));
log.push('lengths r=' + t.readableLength + ' w=' + t.writableLength);
setImmediate(() => {
  log.push('read ' + t.read());
  log.push('read ' + t.read());
  setImmediate(() => {
    log.push('after reads r=' + t.readableLength + ' w=' + t.writableLength);
    const z = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log.push('hwm0 ' + z.readableHighWaterMark + ' ' + z.writableHighWaterMark);
    console.log(log.join('\n'));
  });
});
