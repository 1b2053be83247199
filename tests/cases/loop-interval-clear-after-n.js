// An interval that clears itself after three runs; the process then exits.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 5);
process.on('exit', (code) => console.log('exit', code, n));
