'use strict';
// node:console — the global console, writing to process.stdout and
// process.stderr (read on first use), plus the Console class.

const { Console, bindProperties, bindStreamsLazy } = require('internal/console/constructor');

// As Node's, the global console does not inherit from Console.prototype (it
// is still `instanceof Console`): it has its own copy of each method, bound
// to it so that `const { log } = console` works, named after its key
// (`console.info.name` is 'info') and of length 0 as V8 wraps them.
const globalConsole = { __proto__: {} };
for (const key of Object.keys(Console.prototype)) {
  const method = Console.prototype[key].bind(globalConsole);
  Object.defineProperty(method, 'name', { value: key });
  Object.defineProperty(method, 'length', { value: 0 });
  globalConsole[key] = method;
}
bindProperties(globalConsole, true, 'auto');
globalConsole.Console = Console;

// Methods Node takes from V8, for an inspector session; without one they
// do nothing (internal/console/methods has the two with results).
Object.assign(globalConsole, {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    return require('internal/console/methods').context(name);
  },
  createTask(...args) {
    return require('internal/console/methods').createTask(...args);
  },
});

bindStreamsLazy(globalConsole);

module.exports = globalConsole;
