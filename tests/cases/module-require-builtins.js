// Built-in modules with and without the node: prefix are the same object.
for (const name of ['util', 'path', 'events', 'timers', 'fs']) {
  const a = require(name);
  const b = require('node:' + name);
  console.log(name, a === b, typeof a);
}
const util = require('node:util');
console.log(typeof util.inspect, typeof util.format, typeof util.promisify, typeof util.types);
console.log(require('util').inspect === util.inspect);
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.code);
}
