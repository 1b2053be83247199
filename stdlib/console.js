'use strict';
// node:console — the global console instance, writing to process.stdout and
// process.stderr, plus the Console class.

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({
  stdout: process.stdout,
  stderr: process.stderr,
});

// Inspector-only methods: no-ops without an inspector.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = function () {};
  Object.defineProperty(globalConsole[name], 'name', { value: name });
}

globalConsole.Console = Console;

module.exports = globalConsole;
