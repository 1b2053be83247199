// An unhandled rejection is fatal (exit 1) once the microtask queue drains;
// timers scheduled earlier never run.
console.log('start');
setTimeout(() => console.log('timer (must not run)'), 0);
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('nobody catches me'));
Promise.resolve().then(() => console.log('microtask still runs'));
