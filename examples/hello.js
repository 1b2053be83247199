// A first Coil script: timers, immediates, ticks and promises in Node's order,
// and console.time on one JS thread.
console.time('hello');
setTimeout(() => {
  console.log('timeout');
  console.timeLog('hello');
}, 5);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('hello from', process.version, 'on', process.platform, {
  coil: process.versions.coil,
});
