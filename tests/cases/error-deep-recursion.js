// Unbounded recursion throws a catchable RangeError.
function f() {
  return f() + 1;
}
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
// The runtime is still usable afterwards.
let depth = 0;
function g() { depth++; g(); }
try { g(); } catch (e) { console.log(e.name, depth > 100); }
console.log('alive');
