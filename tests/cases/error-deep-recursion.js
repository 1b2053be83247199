// known-divergence: Boa 0.22 makes runtime-limit errors uncatchable by JS (DESIGN.md, known limits); coil reports them as Node reports an uncaught RangeError
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
