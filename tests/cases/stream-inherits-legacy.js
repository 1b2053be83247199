// Old-style subclassing with util.inherits and Readable.call(this), calling without new, legacy Stream#pipe and Readable#wrap.
const util = require('util');
const { Readable, Writable, Stream } = require('stream');
const EventEmitter = require('events');
function Counter(opts) {
  if (!(this instanceof Counter)) return new Counter(opts);
  Readable.call(this, opts);
  this.n = 0;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function() {
  this.n++;
  this.push(this.n > 3 ? null : String(this.n));
};
const got = [];
const c = Counter();
c.on('data', (d) => got.push(String(d)));
c.on('end', () => console.log('counter', got.join(','), c instanceof Readable, c instanceof Counter));

const w = Writable({ write(chunk, e, cb) { cb(); } });
console.log('without new', w instanceof Writable);

const old = new Stream();
old.readable = true;
const wrapped = new Readable({ objectMode: true }).wrap(old);
const parts = [];
wrapped.on('data', (d) => parts.push(d));
wrapped.on('end', () => console.log('wrapped', parts));
old.emit('data', 'one');
old.emit('data', 'two');
old.emit('end');

const legacySrc = new Stream();
const sink = new Writable({ write(ch, e, cb) { console.log('legacy pipe got', String(ch)); cb(); } });
legacySrc.pipe(sink);
sink.on('finish', () => console.log('legacy pipe finished'));
legacySrc.emit('data', 'L1');
legacySrc.emit('end');

const ee = new EventEmitter();
const fromEE = Readable.wrap ? Readable.wrap(ee) : null;
fromEE.on('data', (d) => console.log('Readable.wrap data', d));
ee.emit('data', { x: 1 });
