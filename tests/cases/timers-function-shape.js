// The timer globals: names, lengths, descriptors, and util.promisify.custom
// on setTimeout and setImmediate (the timers/promises functions).
const util = require('util');
const timers = require('timers');
const names = ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'];
console.log(Object.keys(timers).filter((k) => names.includes(k)));
for (const name of names) {
  const fn = globalThis[name];
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, fn.name, fn.length, fn === timers[name], 'value' in d, d.writable, d.enumerable, d.configurable);
  const custom = Object.getOwnPropertyDescriptor(fn, util.promisify.custom);
  if (custom) {
    console.log('  custom', custom.enumerable, custom.configurable, typeof custom.get, custom.set,
      fn[util.promisify.custom] === require('timers/promises')[name]);
  }
}
util.promisify(setTimeout)(2, 'from setTimeout').then(console.log);
util.promisify(setImmediate)('from setImmediate').then(console.log);
// Intervals and timeouts are the same objects: either clear function works.
const interval = setInterval(() => console.log('never'), 1);
clearTimeout(interval);
const timeout = setTimeout(() => console.log('never'), 1);
clearInterval(timeout);
