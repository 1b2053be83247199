// Timers scheduled from an immediate run on a later loop iteration; the
// immediates already queued finish first.
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => {
    console.log('timeout from immediate 1');
    setImmediate(() => console.log('immediate from timeout'));
  }, 0);
});
setImmediate(() => console.log('immediate 2'));
