'use strict';
// V8-shaped `error.stack`: `Name: message` followed by `    at …` frames, with
// `Error.stackTraceLimit` and `Error.captureStackTrace`. Boa records the frames
// when an error is created; the bootstrap wraps its `stack` accessor here. The
// formatting, internal/errors_stack/format, is loaded when a stack is first
// read or captured (most programs never do).

let formatLib = null;
function format() {
  if (formatLib === null) formatLib = require('internal/errors_stack/format');
  return formatLib;
}

function install() {
  const descriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const engineGet = descriptor && descriptor.get;
  if (typeof engineGet !== 'function') return;

  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      return format().stackOf(this, engineGet);
    },
    set(value) {
      Object.defineProperty(this, 'stack', {
        value, writable: true, configurable: true, enumerable: false,
      });
    },
  });

  if (typeof Error.stackTraceLimit !== 'number') {
    Object.defineProperty(Error, 'stackTraceLimit', {
      value: 10, writable: true, configurable: true, enumerable: true,
    });
  }

  Object.defineProperty(Error, 'captureStackTrace', {
    writable: true,
    configurable: true,
    enumerable: false,
    value: function captureStackTrace(target, constructorOpt) {
      // The frames are taken here, so that this function's own is the first.
      const frames = engineGet.call(new Error());
      format().captureStackTrace(target, constructorOpt, frames);
    },
  });
}

// Files whose first line shares its line with the wrapper they were compiled
// in (CommonJS modules): file -> the wrapper's length, by which the engine's
// columns on line 1 are shifted.
const lineOneShifts = new Map();

module.exports = { install, lineOneShifts };
