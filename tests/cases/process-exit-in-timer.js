// process.exit() inside a timer: later timers, ticks and immediates never
// run, but 'exit' listeners do (synchronously).
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick (must not run)'));
  Promise.resolve().then(() => console.log('promise (must not run)'));
  process.exit(4);
}, 1);
setTimeout(() => console.log('timer 2 (must not run)'), 1);
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer from exit (must not run)'), 0);
  process.nextTick(() => console.log('tick from exit (must not run)'));
});
