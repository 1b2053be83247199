// 'beforeExit' is not emitted when process.exit() is called explicitly.
process.on('beforeExit', () => console.log('beforeExit (must not run)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(), 1);
