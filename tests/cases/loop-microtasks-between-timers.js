// Microtasks and nextTicks are drained after each timer callback, even for
// timers that expire together.
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('promise 1'));
  process.nextTick(() => console.log('tick 1'));
}, 5);
setTimeout(() => {
  console.log('timeout 2');
  Promise.resolve().then(() => console.log('promise 2'));
  process.nextTick(() => console.log('tick 2'));
}, 5);
