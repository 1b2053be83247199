// pipe() backpressure: the source pauses while the destination needs drain and resumes on 'drain'.
const { Readable, Writable } = require('stream');
const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push('c' + n);
  },
});
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push('write ' + chunk + ' paused=' + src.isPaused());
    setTimeout(cb, 2);
  },
});
src.on('pause', () => log.push('pause'));
src.on('resume', () => log.push('resume'));
dst.on('drain', () => log.push('drain'));
dst.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
src.pipe(dst);
