'use strict';
// queueMicrotask: a promise job, so it runs with promise reactions (after the
// nextTick queue in CommonJS), as in Node.

function queueMicrotask(callback) {
  // internal/validators is loaded only to throw its error.
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      // An exception in a microtask is an uncaught exception, not a rejection.
      require('internal/process/execution').reportUncaught(err);
    }
  });
}

module.exports = { queueMicrotask };
