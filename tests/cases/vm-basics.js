// node:vm over realms: contexts, scripts, runInThisContext, compileFunction.
const vm = require('vm');
const sandbox = { x: 2 };
vm.createContext(sandbox);
console.log(vm.runInContext('x * 21', sandbox));
vm.runInContext('var y = x + 1; globalThis.z = "zed"', sandbox);
console.log(sandbox.y, sandbox.z, vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInNewContext('typeof require + " " + (Array === this.Array)', {}));
console.log(vm.runInNewContext('[1,2] instanceof Array'));
const s = new vm.Script('n += 1; n');
const c = vm.createContext({ n: 10 });
console.log(s.runInContext(c), s.runInContext(c), c.n);
console.log(vm.runInThisContext('typeof globalThis.process'));
try { new vm.Script('syntax error here', { filename: 'bad.js' }); } catch (e) { console.log(e.name); }
const fn = vm.compileFunction('return a + b', ['a', 'b']);
console.log(fn(2, 3));
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code); }
