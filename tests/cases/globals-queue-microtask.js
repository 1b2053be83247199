// queueMicrotask runs callbacks in FIFO order before timers; exceptions in
// microtasks are uncaught exceptions.
process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('m1'));
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('m3'));
console.log('sync', queueMicrotask(() => {}));
