// In an ES module, the module body itself runs as part of a promise job, so
// promise reactions queued at top level run before nextTick callbacks.
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
console.log('sync');
