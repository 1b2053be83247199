// node:timers exports the same functions as the globals.
const timers = require('node:timers');
const timers2 = require('timers');
console.log(timers === timers2);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(name, typeof timers[name], timers[name] === globalThis[name]);
}
timers.setTimeout(() => console.log('via module'), 1);
