'use strict';
// util.aborted, util.transferableAbortSignal and
// util.transferableAbortController (node:util reads them through getters
// that load this module).

const { AbortController, AbortSignal } = require('internal/abort_controller');
const { validateObject, kValidateObjectAllowObjects } = require('internal/validators');

function checkAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
}

async function aborted(signal, resource) {
  checkAbortSignal(signal);
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

function transferableAbortSignal(signal) {
  checkAbortSignal(signal);
  // Node 20 hands back a transferable signal in the state `signal` has now
  // (it does not follow later aborts).
  if (signal.aborted) return AbortSignal.abort(signal.reason);
  return new AbortController().signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = { aborted, transferableAbortSignal, transferableAbortController };
