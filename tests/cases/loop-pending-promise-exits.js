// A promise that never settles does not keep the process alive.
new Promise(() => {});
(async () => {
  await new Promise(() => {});
  console.log('never');
})();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code));
console.log('end of script');
