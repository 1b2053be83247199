// Mixing 'readable' and 'data' listeners, pause/resume, removeListener('readable') resuming flow, readableFlowing transitions.
const { Readable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
r.on('data', (d) => log.push('data ' + d));
r.on('readable', () => {
  let c;
  while ((c = r.read()) !== null) log.push('read ' + c);
});
log.push('flowing with both ' + r.readableFlowing);
r.push('1');
r.push('2');
setImmediate(() => {
  r.removeAllListeners('readable');
  process.nextTick(() => {
    log.push('flowing after removing readable ' + r.readableFlowing);
    r.push('3');
    setImmediate(() => {
      r.pause();
      log.push('paused ' + r.isPaused() + ' ' + r.readableFlowing);
      r.push('4');
      setImmediate(() => {
        log.push('buffered while paused ' + r.readableLength);
        r.resume();
        setImmediate(() => {
          r.readableFlowing = false;
          log.push('set flowing false ' + r.isPaused());
          console.log(log.join('\n'));
        });
      });
    });
  });
});
