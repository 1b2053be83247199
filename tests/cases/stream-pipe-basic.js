// pipe(): data flow, 'pipe'/'unpipe' events, end propagation, { end: false }, unpipe.
const { Readable, Writable, PassThrough } = require('stream');
const log = [];
const src = new Readable({ read() {} });
const chunks = [];
const dst = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
dst.on('pipe', (s) => log.push('pipe ' + (s === src)));
dst.on('unpipe', (s) => log.push('unpipe ' + (s === src)));
dst.on('finish', () => log.push('finish ' + chunks.join('')));
src.on('end', () => log.push('src end'));
src.pipe(dst);
log.push('flowing ' + src.readableFlowing + ' pipes ' + src._readableState.pipes.length);
src.push('hello ');
src.push('world');
src.push(null);

const src2 = new Readable({ read() {} });
const got = [];
const keep = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
keep.on('finish', () => log.push('keep finished?!'));
src2.pipe(keep, { end: false });
src2.push('a');
src2.push(null);
src2.on('end', () => setImmediate(() => log.push('keep open ' + keep.writable + ' got ' + got.join(''))));

const src3 = new PassThrough();
const a = new PassThrough();
const b = new PassThrough();
src3.pipe(a);
src3.pipe(b);
src3.unpipe(a);
log.push('after unpipe ' + src3._readableState.pipes.length);
src3.unpipe();
log.push('after unpipe all ' + src3._readableState.pipes.length + ' flowing ' + src3.readableFlowing);
process.on('exit', () => console.log(log.join('\n')));
