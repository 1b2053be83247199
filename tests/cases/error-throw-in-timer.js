// An exception thrown from a timer callback is fatal; later callbacks do
// not run.
setTimeout(() => {
  console.log('timer 1');
  throw new TypeError('from timer');
}, 1);
setTimeout(() => console.log('timer 2 (must not run)'), 1);
setTimeout(() => console.log('timer 3 (must not run)'), 50);
