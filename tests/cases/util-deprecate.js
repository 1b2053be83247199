// util.deprecate: one warning per wrapper, one per code, process.noDeprecation
// checked per call, classes keep working.
const util = require('util');

const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));

function add(a, b) { return a + b; }
const d1 = util.deprecate(add, 'add() is deprecated', 'DEP_T1');
const d2 = util.deprecate(add, 'second wrapper same code', 'DEP_T1');
const d3 = util.deprecate(add, 'no code');
console.log(d1(1, 2), d1(3, 4), d2(5, 6), d3(1, 1), d3(2, 2));
console.log(d1.name, d1.length, Object.getPrototypeOf(d1) === add, d1 === add);

process.noDeprecation = true;
const d4 = util.deprecate(add, 'silenced first', 'DEP_T2');
d4(1, 1);
process.noDeprecation = false;
d4(1, 1);

class Base { constructor(x) { this.x = x; } static make() { return 'static'; } }
const Dep = util.deprecate(Base, 'Base is deprecated', 'DEP_T3');
const obj = new Dep(7);
console.log(obj.x, obj instanceof Dep, obj instanceof Base, Dep.make(), Dep.prototype === Base.prototype);

try {
  util.deprecate(add, 'x', 1);
} catch (e) {
  console.log(e.code, e.message);
}
setImmediate(() => console.log(seen));
