// Writes buffered while a stream constructs flush in the tick its _construct
// callback settles, before a write queued with nextTick after that callback
// (Node issue 51993).
const { Writable } = require('stream');
const w = new Writable({
  construct(cb) {
    setTimeout(() => {
      cb();
      w.write('hello');
      process.nextTick(() => { console.log('tick', w._writableState.constructed); w.write('world'); });
    }, 5);
  },
  write(c, e, cb) { console.log('write', String(c)); cb(); },
});
