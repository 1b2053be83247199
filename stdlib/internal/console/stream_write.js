'use strict';
// Console output through a stream (a terminal, or a process.stdout or
// process.stderr already in use or replaced, or a Console's own streams)
// must not crash the program, whether the stream's errors surface
// synchronously or on its 'error' event.

function noop() {}

function writeIgnoringErrors(stream, string, errorHandler) {
  const canListen = typeof stream.listenerCount === 'function' &&
    typeof stream.once === 'function' && typeof stream.removeListener === 'function';
  try {
    if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, errorHandler);
  } catch (err) {
    if (isStackOverflowError(err)) throw err;
    // Nothing sensible to report to.
  } finally {
    if (canListen) stream.removeListener('error', noop);
  }
  return undefined;
}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    /call stack|recursion|stack overflow/i.test(String(err.message));
}

// A write failed (the error is given to its callback): if the stream has not
// emitted the error yet it will, so keep that from becoming an uncaught
// exception.
function onWriteError(stream) {
  const state = stream._writableState;
  if ((!state || !state.errorEmitted) &&
      typeof stream.listenerCount === 'function' &&
      stream.listenerCount('error') === 0) {
    stream.once('error', noop);
  }
}

module.exports = { writeIgnoringErrors, onWriteError };
