// stream.isReadable/isWritable/isErrored/isDisturbed/isDestroyed, default highWaterMark get/set, readableAborted and friends.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const r = new Readable({ read() {} });
console.log('fresh', stream.isReadable(r), stream.isDisturbed(r), stream.isErrored(r), stream.isDestroyed(r));
r.push('a');
r.read();
console.log('after read disturbed', stream.isDisturbed(r), r.readableDidRead);
r.destroy(new Error('x'));
r.on('error', () => {
  console.log('after error', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r), r.readableAborted);
});
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable', stream.isWritable(w), stream.isWritable(r), stream.isReadable(w));
w.end();
console.log('ended writable', stream.isWritable(w), w.writableEnded, w.writableAborted);
console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log('new defaults', new PassThrough().readableHighWaterMark, new PassThrough({ objectMode: true }).writableHighWaterMark);
try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code, e.message); }
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);
console.log('non-streams', stream.isReadable({}), stream.isDestroyed({}), stream.isErrored(null), stream.isDisturbed({}));
console.log(Object.keys(stream).join(','));
console.log(typeof stream.Stream, stream.Stream === stream, new stream.Stream() instanceof require('events'));
console.log(new PassThrough() instanceof Writable, new PassThrough() instanceof Readable, new Readable() instanceof Writable);
