// Readable: order of 'data', 'end', 'close' relative to nextTick and microtasks, paused and flowing.
const { Readable } = require('stream');
const log = [];
const r = new Readable({
  read() {
    log.push('_read');
  },
});
r.push('a');
r.push('b');
r.push(null);
r.on('data', (c) => log.push('data ' + c));
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));
setImmediate(() => {
  log.push('immediate');
  console.log(log.join('\n'));
  console.log(r.readableEnded, r.destroyed, r.closed, r.readable, r.readableFlowing);

  // paused mode with 'readable'
  const log2 = [];
  const r2 = new Readable({ read() {} });
  r2.on('readable', () => {
    let chunk;
    const got = [];
    while ((chunk = r2.read()) !== null) got.push(String(chunk));
    log2.push('readable [' + got.join(',') + ']');
  });
  r2.on('end', () => log2.push('end'));
  r2.on('close', () => log2.push('close'));
  r2.push('x');
  r2.push('y');
  process.nextTick(() => { r2.push('z'); r2.push(null); log2.push('pushed end'); });
  process.on('exit', () => console.log(log2.join('\n')));
});
