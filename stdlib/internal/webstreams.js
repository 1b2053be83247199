'use strict';
// WHATWG Streams: ReadableStream (default and byte streams, default and BYOB
// readers, tee, pipeTo/pipeThrough, async iteration, ReadableStream.from),
// WritableStream, TransformStream, the queuing strategies and
// TextEncoderStream/TextDecoderStream. Written from the Streams Standard's
// abstract operations; internal slots live in one record per object.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { validateObject, validateFunction } = require('internal/validators');
const { kIsClosedPromise, kControllerErrorFunction } = require('internal/streams/utils');

const kState = Symbol('kState');
const kType = Symbol('kType');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kCloseSentinel = Symbol('kCloseSentinel');

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// ---------------------------------------------------------------------------
// Helpers

// A promise with its resolving functions and whether it is still pending.
function deferred() {
  const d = { promise: null, resolve: null, reject: null, pending: true };
  d.promise = new Promise((res, rej) => {
    d.resolve = (value) => {
      if (!d.pending) return;
      d.pending = false;
      res(value);
    };
    d.reject = (reason) => {
      if (!d.pending) return;
      d.pending = false;
      rej(reason);
    };
  });
  return d;
}

function rejectedDeferred(reason) {
  const d = deferred();
  d.reject(reason);
  setHandled(d.promise);
  return d;
}

function setHandled(promise) {
  promise.then(undefined, () => {});
}

function resolved(value) {
  return Promise.resolve(value);
}

function rejected(reason) {
  const p = Promise.reject(reason);
  return p;
}

// Calls fn on thisArg with args, turning the result (or a throw) into a
// new promise (which follows a returned promise, as Node's does).
function promiseCall(fn, thisArg, ...args) {
  return new Promise((resolve) => resolve(Reflect.apply(fn, thisArg, args)));
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function customInspect(self, depth, options, name, data) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${lazyInspect()(data, opts)}`;
}

function isBrand(value, type) {
  return value !== null && typeof value === 'object' && value[kType] === type;
}

function checkThis(self, type) {
  if (!isBrand(self, type)) throw new ERR_INVALID_THIS(type);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
function isTypedArray(v) {
  return getTypedArrayTag.call(v) !== undefined;
}

function isDetached(buffer) {
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  // Without a detached flag: a zero-length buffer counts as detached.
  return buffer.byteLength === 0;
}

// Moves the bytes into a new ArrayBuffer, detaching the old one where the
// engine can; otherwise the old one keeps its bytes.
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return buffer;
}

function cloneArrayBuffer(buffer, offset, length) {
  return buffer.slice(offset, offset + length);
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

// A FIFO of { value, size } with a running total (the spec's queue-with-sizes).
function resetQueue(c) {
  c.queue = [];
  c.queueHead = 0;
  c.queueTotalSize = 0;
}

function queueLength(c) {
  return c.queue.length - c.queueHead;
}

function enqueueValueWithSize(c, value, size) {
  size = +size;
  if (size !== size || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const pair = c.queue[c.queueHead];
  c.queue[c.queueHead++] = undefined;
  if (c.queueHead === c.queue.length) {
    c.queue.length = 0;
    c.queueHead = 0;
  } else if (c.queueHead > 1024) {
    c.queue.splice(0, c.queueHead);
    c.queueHead = 0;
  }
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(c) {
  return c.queue[c.queueHead].value;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy == null ? undefined : strategy.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (n !== n || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', n);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy == null ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

function validateStrategy(strategy) {
  if (strategy === undefined || strategy === null) return {};
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
  }
  return strategy;
}

function validateDict(value, name) {
  if (value === undefined) return {};
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
  return value;
}

function bindMethod(obj, name, label) {
  const fn = obj[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(label, 'Function', fn);
  return fn;
}

// ---------------------------------------------------------------------------
// Queuing strategies

const byteSize = function size(chunk) {
  return chunk.byteLength;
};
const countSize = function size() {
  return 1;
};

function validateStrategyInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark: validateStrategyInit(init) };
  }

  get highWaterMark() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return byteSize;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ByteLengthQueuingStrategy',
      { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark: validateStrategyInit(init) };
  }

  get highWaterMark() {
    checkThis(this, 'CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'CountQueuingStrategy',
      { highWaterMark: this.highWaterMark });
  }
}

// ---------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    strategy = validateStrategy(strategy);
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);

    const type = source.type;
    if (type !== undefined && `${type}` !== 'bytes') {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpReadableByteStreamControllerFromSource(this, source, hwm);
    } else {
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromSource(this, source, hwm, sizeAlgorithm);
    }
  }

  get locked() {
    checkThis(this, 'ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStream')) return rejected(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options', { nullable: true, allowFunction: true });
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkThis(this, 'ReadableStream');
    const readable = transform == null ? undefined : transform.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!isBrand(writable, 'WritableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkThis(this, 'ReadableStream');
      if (!isBrand(destination, 'WritableStream')) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    if (isReadableStreamLocked(this)) throw invalidState('ReadableStream is locked');
    return readableStreamTee(this, false);
  }

  values(options = {}) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options', { nullable: true, allowFunction: true });
    const preventCancel = !!(options && options.preventCancel);
    return createReadableStreamAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  [kInspect](depth, options) {
    const s = this[kState];
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: this.locked,
      state: s.state,
      supportsBYOB: s.controller !== undefined && isBrand(s.controller, 'ReadableByteStreamController'),
    });
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values,
  writable: true,
  configurable: true,
  enumerable: false,
});

function pipeOptions(options) {
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = deferred();
  setHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = (err) => {
    const c = stream[kState].controller;
    if (isBrand(c, 'ReadableByteStreamController')) readableByteStreamControllerError(c, err);
    else readableStreamDefaultControllerError(c, err);
  };
}

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  controller[kType] = 'ReadableStreamDefaultController';
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, hwm, size);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  controller[kType] = 'ReadableByteStreamController';
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return resolved(undefined);
  if (s.state === 'errored') return rejected(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].closeSteps(undefined);
  }
  const sourceCancelPromise = s.controller[kCancelSteps](reason);
  return sourceCancelPromise.then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve(undefined);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].closeSteps();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(e);
  setHandled(reader[kState].close.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamDefaultReader');
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader');
}

// ---------------------------------------------------------------------------
// Readers

function readerGenericInitialize(reader, stream) {
  const rs = reader[kState];
  rs.stream = stream;
  stream[kState].reader = reader;
  const state = stream[kState].state;
  rs.close = deferred();
  if (state === 'closed') {
    rs.close.resolve(undefined);
  } else if (state === 'errored') {
    rs.close.reject(stream[kState].storedError);
    setHandled(rs.close.promise);
  }
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readerGenericRelease(reader) {
  const rs = reader[kState];
  const stream = rs.stream;
  const err = invalidState('Reader released');
  if (stream[kState].state === 'readable' && rs.close.pending) {
    rs.close.reject(err);
    setHandled(rs.close.promise);
  } else {
    rs.close = rejectedDeferred(err);
  }
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  rs.stream = undefined;
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].errorSteps(e);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].errorSteps(e);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.closeSteps();
  else if (s.state === 'errored') readRequest.errorSteps(s.storedError);
  else s.controller[kPullSteps](readRequest);
}

function readableStreamDefaultReaderRelease(reader) {
  readerGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

function readableStreamBYOBReaderRelease(reader) {
  readerGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps(chunk) { resolve({ value: chunk, done: false }); },
      closeSteps() { resolve({ value: undefined, done: true }); },
      errorSteps(e) { reject(e); },
    });
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return rejected(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(invalidState('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isBrand(stream, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    readerGenericInitialize(this, stream);
  }

  async read(view, options = {}) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    }
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    let min = options == null || options.min === undefined ? 1 : +options.min;
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    min = Math.trunc(min);
    if (!(min > 0)) throw new ERR_INVALID_ARG_VALUE('options.min', min);
    if (isTypedArray(view) ? min > view.length : min > view.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('options.min', min);
    }
    if (this[kState].stream === undefined) {
      throw invalidState('The reader is not attached to a stream');
    }
    const { promise, resolve, reject } = deferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunkSteps(chunk) { resolve({ value: chunk, done: false }); },
      closeSteps(chunk) { resolve({ value: chunk, done: true }); },
      errorSteps(e) { reject(e); },
    });
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return rejected(invalidState('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      requestIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') readIntoRequest.errorSteps(s.storedError);
  else readableByteStreamControllerPullInto(s.controller, view, min, readIntoRequest);
}

// ---------------------------------------------------------------------------
// ReadableStreamDefaultController

const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

class ReadableStreamDefaultController {
  constructor() {
    // Made internally with Object.create; never with `new`.
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancelSteps](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (queueLength(c) > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && queueLength(c) === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
    } else {
      readableStreamAddReadRequest(stream, readRequest);
      readableStreamDefaultControllerCallPullIfNeeded(this);
    }
  }

  [kReleaseSteps]() {}

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    readableStreamDefaultControllerError(controller, e);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, hwm, sizeAlgorithm) {
  const c = {
    stream,
    queue: null,
    queueHead: 0,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: hwm,
    pullAlgorithm,
    cancelAlgorithm,
  };
  resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableStreamDefaultControllerError(controller, r);
  });
}

function setUpReadableStreamDefaultControllerFromSource(stream, source, hwm, sizeAlgorithm) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  controller[kType] = 'ReadableStreamDefaultController';
  const start = bindMethod(source, 'start', 'source.start');
  const pull = bindMethod(source, 'pull', 'source.pull');
  const cancel = bindMethod(source, 'cancel', 'source.cancel');
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => resolved(undefined);
  const cancelAlgorithm = cancel ?
    (reason) => promiseCall(cancel, source, reason) : () => resolved(undefined);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, hwm, sizeAlgorithm);
}

// ---------------------------------------------------------------------------
// ReadableByteStreamController and ReadableStreamBYOBRequest

class ReadableStreamBYOBRequest {
  constructor() {
    // Made internally with Object.create; never with `new`.
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    bytesWritten = +bytesWritten;
    if (!(bytesWritten >= 0) || bytesWritten === Infinity) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (isDetached(r.view.buffer)) {
      throw invalidState('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(r.controller, Math.trunc(bytesWritten));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(r.controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

class ReadableByteStreamController {
  constructor() {
    // Made internally with Object.create; never with `new`.
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const c = this[kState];
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancelSteps](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const c = this[kState];
    const stream = c.stream;
    if (c.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = c.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (e) {
        readRequest.errorSteps(e);
        return;
      }
      c.pendingPullIntos.push({
        buffer,
        bufferByteLength: autoAllocateChunkSize,
        byteOffset: 0,
        byteLength: autoAllocateChunkSize,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const c = this[kState];
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {
      stream: this[kState].stream,
    });
  }
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    request[kType] = 'ReadableStreamBYOBRequest';
    request[kState] = { controller, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    readableByteStreamControllerError(controller, e);
  });
}

function readableByteStreamControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return new desc.viewConstructor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
  } catch (e) {
    readableByteStreamControllerError(controller, e);
    throw e;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer,
      desc.byteOffset, desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request ArrayBuffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % desc.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    copyBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunkSteps(view);
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const desc = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(desc);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

const elementSizes = {
  __proto__: null,
  Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1,
  Int16Array: 2, Uint16Array: 2, Float16Array: 2,
  Int32Array: 4, Uint32Array: 4, Float32Array: 4,
  Float64Array: 8, BigInt64Array: 8, BigUint64Array: 8,
};

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (isTypedArray(view)) {
    const tag = getTypedArrayTag.call(view);
    elementSize = elementSizes[tag] || view.BYTES_PER_ELEMENT;
    ctor = globalThis[tag] || view.constructor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    readIntoRequest.errorSteps(e);
    return;
  }
  const desc = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(desc);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = new ctor(desc.buffer, desc.byteOffset, 0);
    readIntoRequest.closeSteps(emptyView);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is already closed');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  c.pendingPullIntos.push(desc);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
        'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
        'must be greater than 0 when the stream is readable');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadIntoRequests(stream)) {
      filled.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  const stream = controller[kState].stream;
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (desc.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer,
      end - remainderSize, remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must be zero-length when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must not be zero-length when the stream is readable');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, hwm, autoAllocateChunkSize) {
  const c = {
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: null,
    queueHead: 0,
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: hwm,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableByteStreamControllerError(controller, r);
  });
}

function setUpReadableByteStreamControllerFromSource(stream, source, hwm) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  controller[kType] = 'ReadableByteStreamController';
  const start = bindMethod(source, 'start', 'source.start');
  const pull = bindMethod(source, 'pull', 'source.pull');
  const cancel = bindMethod(source, 'cancel', 'source.cancel');
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => resolved(undefined);
  const cancelAlgorithm = cancel ?
    (reason) => promiseCall(cancel, source, reason) : () => resolved(undefined);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
  }
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, hwm, autoAllocateChunkSize);
}

// ---------------------------------------------------------------------------
// tee

function readableStreamTee(stream, cloneForBranch2) {
  if (isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolved(undefined);
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk2);
            } catch (e) {
              readableStreamDefaultControllerError(branch1[kState].controller, e);
              readableStreamDefaultControllerError(branch2[kState].controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        // Node closes the branches on the next tick (not in the spec).
        process.nextTick(() => {
          reading = false;
          if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        });
      },
      errorSteps() {
        reading = false;
      },
    });
    return resolved(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);

  reader[kState].close.promise.then(undefined, (r) => {
    readableStreamDefaultControllerError(branch1[kState].controller, r);
    readableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function forwardReaderError(thisReader) {
    thisReader[kState].close.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, r);
      readableByteStreamControllerError(branch2[kState].controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function pullWithDefaultReader() {
    if (isBrand(reader, 'ReadableStreamBYOBReader')) {
      readableStreamBYOBReaderRelease(reader);
      reader = acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = new Uint8Array(cloneArrayBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            } catch (e) {
              readableByteStreamControllerError(branch1[kState].controller, e);
              readableByteStreamControllerError(branch2[kState].controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isBrand(reader, 'ReadableStreamDefaultReader')) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = new Uint8Array(cloneArrayBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            } catch (e) {
              readableByteStreamControllerError(byobBranch[kState].controller, e);
              readableByteStreamControllerError(otherBranch[kState].controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          if (!otherCanceled &&
              otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return resolved(undefined);
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return resolved(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return resolved(undefined);
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return resolved(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = createReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolved(undefined);
  const result = deferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readerGenericRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  // Settles once every chunk read so far has been written.
  function waitForCurrentWrite() {
    const write = currentWrite;
    return write.then(() => (write !== currentWrite ? waitForCurrentWrite() : undefined));
  }

  function shutdownWithAnAction(action, isError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(isError, originalError), (error) => finalize(true, error));
    };
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(isError, error), (err) => finalize(true, err));
      return;
    }
    finalize(isError, error);
  }

  // One read-then-write step; resolves true once the source is done.
  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const d = deferred();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        currentWrite = writableStreamDefaultWriterWrite(writer, chunk);
        setHandled(currentWrite);
        d.resolve(false);
      },
      closeSteps() { d.resolve(true); },
      errorSteps(e) { d.reject(e); },
    });
    return d.promise;
  }

  async function run() {
    while (!(await step()));
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => {
          if (dest[kState].state === 'writable') return writableStreamAbort(dest, error);
          return resolved(undefined);
        });
      }
      if (!preventCancel) {
        actions.push(() => {
          if (source[kState].state === 'readable') return readableStreamCancel(source, error);
          return resolved(undefined);
        });
      }
      shutdownWithAnAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  setHandled(run());

  function watchErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else promise.then(undefined, action);
  }

  function watchClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else promise.then(action, () => {});
  }

  // Errors propagate forward and backward; closing propagates forward.
  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  });
  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  });
  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  // Closing propagates backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  return result.promise;
}

// ---------------------------------------------------------------------------
// Async iteration and ReadableStream.from

function createReadableStreamAsyncIterator(stream, preventCancel) {
  const reader = acquireReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };
  let started = false;

  function nextSteps() {
    if (state.done) return resolved({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return rejected(invalidState('The reader is not bound to a ReadableStream'));
    }
    const d = deferred();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        state.current = undefined;
        d.resolve({ value: chunk, done: false });
      },
      closeSteps() {
        state.current = undefined;
        state.done = true;
        readerGenericRelease(reader);
        d.resolve({ done: true, value: undefined });
      },
      errorSteps(e) {
        state.current = undefined;
        state.done = true;
        readerGenericRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const r = readerGenericCancel(reader, value);
      readerGenericRelease(reader);
      await r;
      return { done: true, value };
    }
    readerGenericRelease(reader);
    return { done: true, value };
  }

  const iterator = {
    next() {
      // The first read waits one microtask so the source has started.
      if (!started) {
        state.current = resolved(undefined);
        started = true;
      }
      state.current = state.current !== undefined ?
        state.current.then(nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
    return(value) {
      return state.current ?
        state.current.then(() => returnSteps(value), () => returnSteps(value)) :
        returnSteps(value);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  Object.setPrototypeOf(iterator, AsyncIteratorPrototype);
  return iterator;
}

// { iterator, next } for obj's async iterator, or for its sync iterator
// seen through an async generator.
function getAsyncIteratorRecord(obj) {
  let method = obj == null ? undefined : obj[Symbol.asyncIterator];
  if (method == null) {
    const syncMethod = obj == null ? undefined : obj[Symbol.iterator];
    if (syncMethod === undefined || syncMethod === null) throw new ERR_ARG_NOT_ITERABLE(obj);
    const syncIterator = Reflect.apply(syncMethod, obj, []);
    if (syncIterator === null || typeof syncIterator !== 'object') {
      throw invalidState('The iterator method must return an object');
    }
    const syncIterable = { [Symbol.iterator]: () => syncIterator };
    const asyncIterator = (async function* () { return yield* syncIterable; })();
    return { iterator: asyncIterator, next: asyncIterator.next };
  }
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
  const iterator = Reflect.apply(method, obj, []);
  if (iterator === null || typeof iterator !== 'object') {
    throw invalidState('The iterator method must return an object');
  }
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  let stream;
  const record = getAsyncIteratorRecord(iterable);

  async function pullAlgorithm() {
    const nextResult = Reflect.apply(record.next, record.iterator, []);
    return resolved(nextResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
      }
    });
  }

  async function cancelAlgorithm(reason) {
    const iterator = record.iterator;
    const returnMethod = iterator.return;
    if (returnMethod === undefined || returnMethod === null) return resolved(undefined);
    const returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    return resolved(returnResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }

  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ---------------------------------------------------------------------------
// WritableStream

class WritableStream {
  constructor(sink = null, strategy = {}) {
    if (sink !== null && sink !== undefined &&
        typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    strategy = validateStrategy(strategy);
    const underlyingSink = sink == null ? {} : sink;
    if (underlyingSink.type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('type', underlyingSink.type);
    }
    this[kType] = 'WritableStream';
    initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromSink(this, underlyingSink, hwm, sizeAlgorithm);
  }

  get locked() {
    checkThis(this, 'WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStream')) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejected(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStream')) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejected(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return rejected(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return acquireWritableStreamDefaultWriter(this);
  }

  get [kIsWritable]() {
    return this[kState].state === 'writable';
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

function initializeWritableStream(stream) {
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = deferred();
  setHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = (err) => {
    writableStreamDefaultControllerErrorIfNeeded(stream[kState].controller, err);
  };
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              hwm = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  initializeWritableStream(stream);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  controller[kType] = 'WritableStreamDefaultController';
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return resolved(undefined);
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return resolved(undefined);
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  s.pendingAbortRequest = { promise: d.promise, resolve: d.resolve, reject: d.reject, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  const state = s.state;
  if (state === 'closed' || state === 'errored') {
    return rejected(invalidState('WritableStream is closed'));
  }
  const d = deferred();
  s.closeRequest = d;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && state === 'writable') {
    writer[kState].ready.resolve(undefined);
  }
  writableStreamDefaultControllerClose(s.controller);
  return d.promise;
}

function writableStreamAddWriteRequest(stream) {
  const d = deferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  stream[kIsClosedPromise].reject(s.storedError);
  resetQueue(s.controller[kState]);
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = s.controller;
  const promise = controller[kState].abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  promise.then(() => {
    abortRequest.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve(undefined);
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve(undefined);
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = s.writer;
  if (writer !== undefined) writer[kState].close.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].close.reject(s.storedError);
    setHandled(writer[kState].close.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve(undefined);
  }
  s.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultWriter

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isBrand(stream, 'WritableStream')) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    const w = { stream, ready: undefined, close: undefined };
    this[kState] = w;
    const s = stream[kState];
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      w.ready = deferred();
      if (writableStreamCloseQueuedOrInFlight(stream) || !s.backpressure) w.ready.resolve(undefined);
      w.close = deferred();
    } else if (state === 'erroring') {
      w.ready = rejectedDeferred(s.storedError);
      w.close = deferred();
    } else if (state === 'closed') {
      w.ready = deferred();
      w.ready.resolve(undefined);
      w.close = deferred();
      w.close.resolve(undefined);
    } else {
      w.ready = rejectedDeferred(s.storedError);
      w.close = rejectedDeferred(s.storedError);
    }
  }

  get closed() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].close.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return rejected(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return rejected(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return rejected(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options) {
    const w = this[kState];
    return customInspect(this, depth, options, 'WritableStreamDefaultWriter', {
      stream: w.stream,
      close: w.close.promise,
      ready: w.ready.promise,
      desiredSize: w.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return resolved(undefined);
  if (state === 'errored') return rejected(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.close.pending) {
    w.close.reject(error);
    setHandled(w.close.promise);
  } else {
    w.close = rejectedDeferred(error);
  }
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.pending) {
    w.ready.reject(error);
    setHandled(w.ready.promise);
  } else {
    w.ready = rejectedDeferred(error);
  }
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const releasedError = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return rejected(invalidState('Writer is not bound to a WritableStream'));
  }
  const s = stream[kState];
  const state = s.state;
  if (state === 'errored') return rejected(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return rejected(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return rejected(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultController

const kAbortSteps = Symbol('kAbortSteps');

class WritableStreamDefaultController {
  constructor() {
    // Made internally with Object.create; never with `new`.
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm) {
  const { AbortController } = require('internal/abort_controller');
  const c = {
    stream,
    queue: null,
    queueHead: 0,
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: hwm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setUpWritableStreamDefaultControllerFromSink(stream, sink, hwm, sizeAlgorithm) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  controller[kType] = 'WritableStreamDefaultController';
  const start = bindMethod(sink, 'start', 'sink.start');
  const write = bindMethod(sink, 'write', 'sink.write');
  const close = bindMethod(sink, 'close', 'sink.close');
  const abort = bindMethod(sink, 'abort', 'sink.abort');
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [controller]) : () => undefined;
  const writeAlgorithm = write ?
    (chunk) => promiseCall(write, sink, chunk, controller) : () => resolved(undefined);
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => resolved(undefined);
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) : () => resolved(undefined);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (state !== 'writable') return;
  if (queueLength(c) === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  c.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

// ---------------------------------------------------------------------------
// TransformStream

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== null && transformer !== undefined &&
        typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    writableStrategy = validateStrategy(writableStrategy);
    readableStrategy = validateStrategy(readableStrategy);
    const dict = transformer == null ? {} : transformer;
    if (dict.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', dict.readableType);
    }
    if (dict.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', dict.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    this[kType] = 'TransformStream';
    const startPromise = deferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize,
      readableHWM, readableSize);
    setUpTransformStreamDefaultControllerFromTransformer(this, dict);
    const start = bindMethod(dict, 'start', 'transformer.start');
    if (start) {
      startPromise.resolve(Reflect.apply(start, dict, [this[kState].controller]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    checkThis(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    const t = this[kState];
    return customInspect(this, depth, options, 'TransformStream', {
      readable: t.readable,
      writable: t.writable,
      backpressure: t.backpressure,
    });
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize,
                                   readableHWM, readableSize) {
  const t = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  stream[kState] = t;
  const startAlgorithm = () => startPromise;
  t.writable = createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHWM, writableSize);
  t.readable = createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHWM, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const t = stream[kState];
  if (t.backpressureChangePromise !== undefined) t.backpressureChangePromise.resolve(undefined);
  t.backpressureChangePromise = deferred();
  t.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() {
    // Made internally with Object.create; never with `new`.
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  controller[kType] = 'TransformStreamDefaultController';
  const transform = bindMethod(transformer, 'transform', 'transformer.transform');
  const flush = bindMethod(transformer, 'flush', 'transformer.flush');
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return resolved(undefined);
      } catch (e) {
        return rejected(e);
      }
    };
  const flushAlgorithm = flush ? () => promiseCall(flush, transformer, controller) : () => resolved(undefined);
  const cancel = bindMethod(transformer, 'cancel', 'transformer.cancel');
  const cancelAlgorithm = cancel ?
    (reason) => promiseCall(cancel, transformer, reason) : () => resolved(undefined);
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  readableStreamDefaultControllerClose(readableController);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const t = stream[kState];
  const controller = t.controller;
  if (t.backpressure) {
    return t.backpressureChangePromise.promise.then(() => {
      const writable = t.writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

// Abort of the writable side: run the transformer's cancel(), then error
// the readable side. One finish promise serves abort, close and cancel.
function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(t.controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerError(readable[kState].controller, reason);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = deferred();
  const flushPromise = c.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(t.controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerClose(readable[kState].controller);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

// Cancel of the readable side: run the transformer's cancel(), then error
// the writable side.
function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = t.writable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(t.controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      c.finishPromise.reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, r);
    transformStreamUnblockWrite(stream);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

// ---------------------------------------------------------------------------
// TextEncoderStream / TextDecoderStream

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    const encoder = new TextEncoder();
    let pendingHighSurrogate = null;
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let str = `${chunk}`;
          if (pendingHighSurrogate !== null) {
            str = pendingHighSurrogate + str;
            pendingHighSurrogate = null;
          }
          if (str.length > 0) {
            const last = str.charCodeAt(str.length - 1);
            if (last >= 0xd800 && last <= 0xdbff) {
              pendingHighSurrogate = str[str.length - 1];
              str = str.slice(0, -1);
            }
          }
          if (str.length > 0) controller.enqueue(encoder.encode(str));
        },
        flush(controller) {
          if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

// ---------------------------------------------------------------------------
// Class cosmetics: toStringTag, enumerable members, illegal constructors

const classes = [
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream,
  TransformStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, ByteLengthQueuingStrategy, CountQueuingStrategy,
  TextEncoderStream, TextDecoderStream,
];
for (const C of classes) {
  const proto = C.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  // (Node gives the text streams no tag.)
  if (C !== TextEncoderStream && C !== TextDecoderStream) {
    Object.defineProperty(proto, Symbol.toStringTag, { value: C.name, configurable: true });
  }
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  // Internal helpers for the node:stream adapters.
  isReadableStream: (v) => isBrand(v, 'ReadableStream'),
  isWritableStream: (v) => isBrand(v, 'WritableStream'),
  isTransformStream: (v) => isBrand(v, 'TransformStream'),
  readableStreamCancel,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerError,
  writableStreamAbort,
  writableStreamClose,
  kState,
};
