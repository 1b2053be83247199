// Rejecting with a non-Error value and never handling it is fatal too.
process.on('exit', (code) => console.log('exit', code));
async function f() {
  throw 'a string';
}
f();
