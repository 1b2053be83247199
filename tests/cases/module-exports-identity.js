// module.exports vs exports, and `this` at module top level.
console.log(module.exports === exports, this === module.exports);
console.log(typeof module.id, module.id);
console.log(module.loaded, Array.isArray(module.children), typeof module.paths);
const Counter = require('../fixtures/counter');
const c = new Counter();
c.inc();
console.log(c.inc(), Counter.staticProp, typeof Counter);
require('../fixtures/counter');
console.log(globalThis.__counterEvaluations);
exports.a = 1;
console.log(module.exports.a);
module.exports = { replaced: true };
console.log(exports.a, module.exports.replaced);
setTimeout(() => console.log('loaded later:', module.loaded), 0);
