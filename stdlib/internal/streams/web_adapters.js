'use strict';
// Bridges between node:stream and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const {
  ReadableStream,
  WritableStream,
  CountQueuingStrategy,
  isReadableStream,
  isWritableStream,
} = require('internal/webstreams');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
  isEncoding,
  getBuffer,
  stringToBuffer,
} = require('internal/streams/utils');
const { destroyer } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');

let Readable;
let Writable;
let Duplex;

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function toAbortError(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

// ---------------------------------------------------------------------------
// Readable <-> ReadableStream

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof (streamReadable && streamReadable._readableState) !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');

  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options.strategy;
  if (!strategy) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  }

  let controller;

  function onData(chunk) {
    const B = getBuffer();
    if (!objectMode && B !== null && B.isBuffer(chunk)) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    cleanup();
    error = toAbortError(error);
    if (error) return controller.error(error);
    controller.close();
  }

  streamReadable.on('data', onData);
  const cleanup = finished(streamReadable, onFinished);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

function validateEncodingOption(encoding) {
  if (encoding !== undefined && !isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncodingOption(encoding);
  validateBoolean(objectMode, 'options.objectMode');

  if (!Readable) Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });

  return readable;
}

// ---------------------------------------------------------------------------
// Writable <-> WritableStream

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof (streamWritable && streamWritable._writableState) !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }

  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressurePromise;
  let closed;

  function onDrain() {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  }

  const cleanup = finished(streamWritable, (error) => {
    error = toAbortError(error);
    cleanup();
    // The error reaches the web side; keep it from being unhandled here.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = deferred();
        return backpressurePromise.promise.finally(() => {
          backpressurePromise = undefined;
        });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function writeToWriter(writer, objectMode, decodeStrings, onError) {
  return {
    writev(chunks, callback) {
      function done(error) {
        const errors = Array.isArray(error) ? error.filter((e) => e) : [error].filter((e) => e);
        try {
          callback(errors.length === 0 ? undefined : errors[0]);
        } catch (err) {
          process.nextTick(() => onError(err));
        }
      }
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const bytes = stringToBuffer(chunk, encoding);
        chunk = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          onError(err);
        }
      }
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  if (!Writable) Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;
  let writable;
  const io = writeToWriter(writer, objectMode, decodeStrings, (err) => destroyer(writable, err));

  writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev: io.writev,
    write: io.write,
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyer(writable, err));
        }
      }
      if (!closed) writer.close().then(done, done);
    },
  });

  writer.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });

  return writable;
}

// ---------------------------------------------------------------------------
// Duplex <-> { readable, writable }

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof (duplex && duplex._writableState) !== 'object' ||
      typeof (duplex && duplex._readableState) !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncodingOption(encoding);

  if (!Duplex) Duplex = require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  let duplex;
  const io = writeToWriter(writer, objectMode, decodeStrings, (err) => destroyer(duplex, err));

  duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev: io.writev,
    write: io.write,
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyer(duplex, err));
        }
      }
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
