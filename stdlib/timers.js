'use strict';
// node:timers: setTimeout, setInterval, setImmediate and their clear*
// functions, which are also the globals (the bootstrap installs these very
// objects). Every process loads this module, so it stays small: the Timeout
// and Immediate machinery, internal/timers, is loaded by the first timer.

let machinery = null;
function timers() {
  if (machinery === null) machinery = require('internal/timers');
  return machinery;
}

// internal/validators is loaded only to throw its error.
function checkCallback(callback) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
}

// The arguments from index `from` on, or undefined when there are none.
function argsFrom(args, from) {
  return args.length > from ? Array.prototype.slice.call(args, from) : undefined;
}

// (arg1, arg2 and arg3 only give the functions Node's length.)
function setTimeout(callback, after, arg1, arg2, arg3) {
  checkCallback(callback);
  return timers().startTimeout(callback, after, argsFrom(arguments, 2), false);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  checkCallback(callback);
  return timers().startTimeout(callback, repeat, argsFrom(arguments, 2), true);
}

function setImmediate(callback, arg1, arg2, arg3) {
  checkCallback(callback);
  return new (timers().Immediate)(callback, argsFrom(arguments, 1));
}

// A falsy argument is no timer: clearing it needs no machinery.
function clearTimeout(timer) {
  if (timer) timers().cancelTimeout(timer);
}

// Intervals are Timeouts: either clear function clears either.
function clearInterval(timer) {
  clearTimeout(timer);
}

function clearImmediate(immediate) {
  if (immediate) timers().cancelImmediate(immediate);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are the
// timers/promises functions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    configurable: false,
    get() {
      return require('timers/promises')[name];
    },
  });
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
