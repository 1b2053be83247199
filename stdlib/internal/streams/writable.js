'use strict';
// stream.Writable: a sink that hands chunks to _write()/_writev() one at a
// time, buffers the rest, reports backpressure through write()'s return value
// and 'drain', and ends with _final(), 'prefinish', 'finish' and 'close'.

const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  getBuffer,
  isArrayBufferView,
  toBuffer,
  stringToBuffer,
  isEncoding,
  nop,
  kInternals,
} = require('internal/streams/utils');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');

const { errorOrDestroy } = destroyImpl;

// Buffer, once node:buffer is loaded (null until then: a Buffer chunk cannot
// exist before, and string-only writables such as process.stdout never load
// it).
let BufferCtor = null;
const kOnFinished = Symbol('kOnFinished');

// Set by internal/streams/duplex when it loads: until then no object can be
// a Duplex, and plain writables (process.stdout) need not load it.
let Duplex;
function isDuplexStream(stream) {
  return Duplex !== undefined && stream instanceof Duplex;
}

// ---------------------------------------------------------------------------
// State

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  // True while _write() runs: its callback then defers to the next tick.
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  resetBuffer(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
  configurable: true,
});

// ---------------------------------------------------------------------------
// Constructor

function Writable(options) {
  const duplex = isDuplexStream(this);
  if (!duplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
    };
  }
  this._writableState = new WritableState(options, this, duplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    finishMaybe(this, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// Duplex streams count as Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true,
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new (errors().codes.ERR_STREAM_CANNOT_PIPE)());
};

// ---------------------------------------------------------------------------
// write

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) {
    throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
  } else if (!state.objectMode && !encoding && typeof chunk === 'object' &&
             BufferCtor !== null && chunk.constructor === BufferCtor) {
    // Fast path: a Buffer without an encoding.
    encoding = 'buffer';
  } else if (!state.objectMode) {
    // Object mode passes the encoding through untouched.
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);

    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = stringToBuffer(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk !== undefined && isArrayBufferView(chunk)) {
      const B = getBuffer();
      if (BufferCtor === null) BufferCtor = B;
      if (B === null || !(chunk instanceof B)) chunk = toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) err = new (errors().codes.ERR_STREAM_WRITE_AFTER_END)();
  else if (state.destroyed) err = new (errors().codes.ERR_STREAM_DESTROYED)('write');

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  const state = this._writableState;
  // Fast path: a Buffer, no encoding, on a stream that is not ending.
  if (encoding === undefined && chunk !== null && typeof chunk === 'object' &&
      BufferCtor !== null && chunk.constructor === BufferCtor &&
      !state.objectMode && !state.ending && !state.destroyed) {
    if (typeof cb !== 'function') cb = nop;
    state.pendingcb++;
    return writeOrBuffer(this, state, chunk, 'buffer', cb);
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  // Measured after the write: one that completed synchronously frees its room.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new (errors().codes.ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;

  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new (errors().codes.ERR_MULTIPLE_CALLBACK)());
    return;
  }

  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // A user callback must not run synchronously, and 'drain' or a
      // destroyed stream need the after-write step; a plain write() that
      // completed synchronously needs neither and is settled right here.
      // (Node 20 settles in place only in byte mode.)
      const needTick = cb !== nop || state.destroyed || state.objectMode ||
        (state.needDrain && state.length === 0);
      if (cb === nop) {
        if (needTick && !state.afterWritePending) {
          state.afterWritePending = true;
          process.nextTick(afterWrite, stream, state, 1, cb);
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else {
        // Callbacks of writes completed synchronously in a row share one tick.
        const info = state.afterWriteTickInfo;
        if (info !== null && info.cb === cb) {
          info.count++;
        } else {
          state.afterWritePending = true;
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        }
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every buffered write and pending end() callback.
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new (errors().codes.ERR_STREAM_DESTROYED)('write'));
  }
  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new (errors().codes.ERR_STREAM_DESTROYED)('end'));
  }
  resetBuffer(state);
}

// Writes what is buffered: all at once through _writev when there is more
// than one chunk, else one by one while _write completes synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}


// ---------------------------------------------------------------------------
// cork / uncork / setDefaultEncoding

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_write()');
  }
};

Writable.prototype._writev = null;

// ---------------------------------------------------------------------------
// end and finishing

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() fully uncorks.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already failed.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new (errors().codes.ERR_STREAM_ALREADY_FINISHED)('end');
  } else if (state.destroyed) {
    err = new (errors().codes.ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0 &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new (errors().codes.ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = state[kOnFinished].splice(0);
      for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

// 'finish' is always emitted on a later tick, and only if nothing (an error,
// a new write) got in the way meanwhile.
function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0 && needFinish(state)) {
      state.pendingcb++;
      process.nextTick(finishIfStillNeeded, stream, state);
    }
  }
}

function finishIfStillNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](null);

  stream.emit('finish');

  if (state.autoDestroy) {
    // Destroy once both sides are done.
    const rState = stream._readableState;
    const autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

// ---------------------------------------------------------------------------
// Getters

Object.defineProperties(Writable.prototype, {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
    configurable: true,
  },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
    configurable: true,
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
    configurable: true,
  },
  writableFinished: {
    get() { return this._writableState ? this._writableState.finished : false; },
    configurable: true,
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
    configurable: true,
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
    configurable: true,
  },
  writableEnded: {
    get() { return this._writableState ? this._writableState.ending : false; },
    configurable: true,
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
    configurable: true,
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
    configurable: true,
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
    configurable: true,
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
    configurable: true,
  },
  errored: {
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
    configurable: true,
  },
  writableAborted: {
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
    configurable: true,
  },
});

// ---------------------------------------------------------------------------
// destroy

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Fail buffered writes once the current one (if any) completes.
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[require('events').captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.fromWeb = function(writableStream, options) {
  return require('internal/streams/web_adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('internal/streams/web_adapters').newWritableStreamFromStreamWritable(streamWritable);
};

Object.defineProperty(Writable, kInternals, {
  value: {
    setDuplex(DuplexClass) {
      Duplex = DuplexClass;
    },
    afterConstruct(stream, state) {
      if (!state.writing) clearBuffer(stream, state);
      finishMaybe(stream, state);
    },
  },
});

module.exports = Writable;
