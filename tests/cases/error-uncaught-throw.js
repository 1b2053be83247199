// An uncaught exception exits with status 1 after printing to stderr
// (stderr not compared: it contains paths and stack frames).
console.log('before');
setTimeout(() => console.log('timer (must not run)'), 0);
process.on('exit', (code) => console.log('exit', code));
throw new Error('boom');
