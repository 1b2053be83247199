// env: NODE_DEBUG=alpha,be*
// util.debuglog: sections enabled from NODE_DEBUG (lists and wildcards),
// the `enabled` property, the callback, output on stderr.
const util = require('util');

const lines = [];
const write = process.stderr.write;
process.stderr.write = function (chunk) {
  lines.push(String(chunk).replace(/ \d+: /, ' PID: '));
  return true;
};

const alpha = util.debuglog('alpha');
const beta = util.debuglog('beta', (fn) => lines.push(`callback ${typeof fn}`));
const gamma = util.debuglog('gamma');
console.log(alpha.enabled, beta.enabled, gamma.enabled, util.debug === util.debuglog);
alpha('hello %s %d', 'world', 42);
beta({ a: 1 });
gamma('not shown');
alpha('again');
process.stderr.write = write;
console.log(lines);
