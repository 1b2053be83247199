// Unbounded recursion that nothing catches ends the process as an uncaught
// RangeError: exit code 1, and what was printed before stays printed.
console.log('before');
process.on('exit', (code) => console.log('exit', code));
function f() {
  return f() + 1;
}
f();
console.log('never');
