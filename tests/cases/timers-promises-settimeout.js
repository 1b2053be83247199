// timers/promises setTimeout and setImmediate resolve with the given value.
const tp = require('timers/promises');
console.log(tp === require('node:timers/promises'));
console.log(typeof tp.setTimeout, typeof tp.setImmediate, typeof tp.setInterval);
(async () => {
  const v = await tp.setTimeout(10, 'timeout value');
  console.log(v);
  const w = await tp.setImmediate('immediate value');
  console.log(w);
  const u = await tp.setTimeout(1);
  console.log(u);
})();
