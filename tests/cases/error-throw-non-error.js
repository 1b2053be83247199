// Throwing a non-Error value still exits with status 1.
console.log('before');
process.on('exit', (code) => console.log('exit', code));
throw 42;
