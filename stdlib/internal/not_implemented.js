'use strict';
// Stand-ins for the functions and classes of node:* modules that later issues
// build: each throws ERR_NOT_IMPLEMENTED naming itself, so a module can be
// required (Node's test harness requires many) and fails clearly only when a
// missing piece is used.

function notImplementedFunction(name) {
  const fn = function notImplemented() {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED(name);
  };
  Object.defineProperty(fn, 'name', { value: name.slice(name.lastIndexOf('.') + 1) });
  return fn;
}

function notImplementedClass(name) {
  const short = name.slice(name.lastIndexOf('.') + 1);
  const cls = {
    [short]: class {
      constructor() {
        const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
        throw new ERR_NOT_IMPLEMENTED(name);
      }
    },
  }[short];
  return cls;
}

// Add stand-ins for `functions` and `classes` to `target` (a module's exports).
function addNotImplemented(target, moduleName, functions, classes = []) {
  for (const fn of functions) target[fn] = notImplementedFunction(`${moduleName}.${fn}`);
  for (const cls of classes) target[cls] = notImplementedClass(`${moduleName}.${cls}`);
  return target;
}

module.exports = { addNotImplemented, notImplementedFunction, notImplementedClass };
