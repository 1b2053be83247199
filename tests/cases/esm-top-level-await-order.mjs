// Top-level await interleaving with ticks, promises, timers and immediates.
console.log('start');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
await null;
console.log('after await null');
await new Promise((r) => setTimeout(r, 10));
console.log('after timeout');
setImmediate(() => console.log('immediate'));
await new Promise((r) => setImmediate(r));
console.log('after immediate');
