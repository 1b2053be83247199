// Top-level let/const in a script run in another context (vm.createContext /
// runInNewContext): bound in that context's global scope, visible to later
// scripts there, not in ours.
const vm = require('vm');
console.log(vm.runInNewContext('const m = new Map([[1, 2]]); m.get(1)', {}));
console.log(vm.runInNewContext('let q = 2; q + x', { x: 40 }));
const context = vm.createContext({ n: 1 });
vm.runInContext('let a = n + 1; const b = a * 2', context);
console.log(vm.runInContext('a + b', context), typeof a, typeof b);
try {
  vm.runInContext('const b = 0', context);
} catch (err) {
  console.log(err.name);
}
