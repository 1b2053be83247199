'use strict';
// Unhandled promise rejections, Node 20's default 'throw' mode: after the
// microtask queue drains, a rejection still unhandled emits
// 'unhandledRejection'; with no listener it becomes an uncaught exception.
// A rejection handled later emits 'rejectionHandled' and, once it was
// reported, PromiseRejectionHandledWarning.

const pending = new Map(); // promise -> { reason, id }
const reported = new WeakMap(); // promise -> id
let lastId = 0;

const { getPromiseDetails } = internalBinding('util');

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    let shown;
    try {
      shown = require('internal/util/inspect').inspect(reason);
    } catch {
      shown = String(reason);
    }
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${shown}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', configurable: true, writable: true,
});

function processRejections(events) {
  for (const [handled, promise] of events) {
    if (!handled) {
      const details = getPromiseDetails(promise);
      pending.set(promise, { reason: details ? details[1] : undefined, id: ++lastId });
    } else if (pending.has(promise)) {
      pending.delete(promise);
    } else if (reported.has(promise)) {
      const id = reported.get(promise);
      reported.delete(promise);
      process.nextTick(() => {
        process.emit('rejectionHandled', promise);
      });
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${id})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = id;
      process.emitWarning(warning);
    }
  }
  const list = [...pending];
  pending.clear();
  for (const [promise, { reason, id }] of list) {
    reported.set(promise, id);
    const handled = process.emit('unhandledRejection', reason, promise);
    if (!handled) {
      const err = reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
      require('internal/process/execution').onUncaught(err, true);
    }
  }
}

module.exports = { processRejections };
