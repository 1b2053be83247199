// 'beforeExit' fires when the loop empties; scheduling work from it keeps
// the process alive, and it fires again once that work is done.
let count = 0;
process.on('beforeExit', (code) => {
  count++;
  console.log('beforeExit', count, code);
  if (count === 1) {
    setTimeout(() => console.log('timer scheduled from beforeExit'), 5);
  }
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit count', count));
console.log('main done');
