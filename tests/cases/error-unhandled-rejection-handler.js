// process.on('unhandledRejection') receives the reason and the promise and
// suppresses the crash.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
const p = Promise.reject(new Error('oops'));
Promise.reject(17);
(async () => { throw new RangeError('async'); })();
setTimeout(() => console.log('still alive'), 10);
process.on('exit', (code) => console.log('exit', code));
