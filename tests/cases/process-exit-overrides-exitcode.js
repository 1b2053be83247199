// An explicit process.exit(code) wins over process.exitCode.
process.exitCode = 2;
process.on('exit', (code) => console.log('exit', code));
process.exit(6);
