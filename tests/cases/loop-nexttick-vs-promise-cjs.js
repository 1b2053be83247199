// In a CommonJS main module, process.nextTick callbacks run before promise
// reactions once the script finishes.
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
console.log('sync');
