// A nextTick queued from a promise reaction runs only after the whole
// microtask queue has drained.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
  Promise.resolve().then(() => console.log('promise 1.1'));
});
Promise.resolve().then(() => console.log('promise 2'));
setTimeout(() => console.log('timeout'), 0);
