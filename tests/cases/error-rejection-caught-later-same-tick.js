// A rejection handled before the microtask queue drains is not reported.
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught', e.message));
});
process.on('exit', (code) => console.log('exit', code));
