'use strict';
// addAbortSignal(signal, stream): destroy (or error, for web streams) the
// stream with an AbortError when the signal aborts.

// internal/errors and internal/validators load when an argument fails.
const { errors, validateAbortSignal } = require('internal/lazy');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

function validateSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new (errors().AbortError)(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new (errors().AbortError)(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = require('events').addAbortListener(signal, onAbort);
    eos(stream, disposable[kDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate, validateAbortSignal };
