'use strict';
// util.deprecate: a wrapper that emits a DeprecationWarning on its first
// call (loaded on first use).

// Deprecation codes that already produced their warning.
const codesWarned = new Set();

// `useEmitSync` (Node's internal option to emit the warning synchronously)
// is accepted for the signature's sake; the warning is emitted as
// process.emitWarning emits it, on the next tick.
function deprecate(fn, msg, code, useEmitSync) {
  // Modules call this as they load: internal/validators is loaded only to
  // throw.
  if (code !== undefined && typeof code !== 'string') {
    require('internal/validators').validateString(code, 'code');
  }

  let warned = false;
  function deprecated(...args) {
    // Checked per call: process.noDeprecation may change at run time, and a
    // silenced call does not count as the warned one.
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep statics reachable and `instanceof` working for wrapped classes.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = { deprecate };
