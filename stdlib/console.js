'use strict';
// node:console — the global console instance, writing to process.stdout and
// process.stderr (read on first use), plus the Console class.

const { Console, createGlobalConsole } = require('internal/console/constructor');

const globalConsole = createGlobalConsole();

// Inspector-only methods: no-ops without an inspector.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = function () {};
  Object.defineProperty(globalConsole[name], 'name', { value: name });
}

globalConsole.Console = Console;

module.exports = globalConsole;
