// queueMicrotask shares the promise job queue (FIFO) and runs after
// nextTicks in CommonJS.
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask 2.1'));
  Promise.resolve().then(() => console.log('promise 2.1'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync');
