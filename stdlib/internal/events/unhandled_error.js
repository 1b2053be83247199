'use strict';
// An 'error' event with no listener: what EventEmitter#emit throws, and the
// "Emitted 'error' event at:" frames the fatal-exception printer adds.

const EventEmitter = require('events');
const {
  kEnhanceStackBeforeInspector,
  codes: { ERR_UNHANDLED_ERROR },
} = require('internal/errors');

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// Frames shared by `a` and `b`: [start in a, length] of the first run of
// at least four identical lines, or [0, 0].
function sharedFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const j = b.indexOf(a[i]);
    if (j === -1) continue;
    let length = 1;
    while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) {
      length++;
    }
    if (length > 3) return [i, length];
  }
  return [0, 0];
}

function stackFrames(stack) {
  return String(stack).split('\n').filter((line) => /^\s+at /.test(line));
}

// err.stack followed by where the unhandled 'error' was emitted (what the
// fatal-exception printer shows, via kEnhanceStackBeforeInspector).
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // Keep the plain wording.
  }
  const ownFrames = stackFrames(own.stack);
  const [offset, length] = sharedFrames(ownFrames, stackFrames(err.stack));
  if (length > 0) {
    ownFrames.splice(offset + 1, length - 2, '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownFrames.join('\n')}`;
}

// 'error' with no 'error' listener: throw the error itself, or wrap a
// non-Error value in ERR_UNHANDLED_ERROR.
function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    try {
      const own = {};
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(own, EventEmitter.prototype.emit);
      } else {
        own.stack = new Error().stack;
      }
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        value: enhanceStackTrace.bind(emitter, er, own),
        configurable: true,
      });
    } catch {
      // A frozen error is thrown as it is.
    }
    throw er;
  }
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err;
}

module.exports = { throwUnhandledError };
