// args: noarg
// process.exit() with no argument uses process.exitCode.
process.exitCode = 2;
process.on('exit', (code) => console.log('exit', code));
process.exit();
