'use strict';
// stream.Duplex: a Readable that is also a Writable (both states on one
// object), with allowHalfOpen deciding whether the end of the readable side
// ends the writable side.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { kInternals } = require('internal/streams/utils');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    const r = this._readableState;
    if (r.needReadable) Readable[kInternals].maybeReadMore(this, r);
    Writable[kInternals].afterConstruct(this, this._writableState);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
Writable[kInternals].setDuplex(Duplex);

// The Writable methods, without replacing Readable's destroy and friends.
for (const method of Object.getOwnPropertyNames(Writable.prototype)) {
  if (method === 'constructor' || method === '_destroy' ||
      method === '_undestroy' || method === 'pipe') continue;
  const desc = Object.getOwnPropertyDescriptor(Writable.prototype, method);
  if (typeof desc.get === 'function' || typeof desc.set === 'function') continue;
  Object.defineProperty(Duplex.prototype, method, desc);
}

function writableDescriptor(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableDescriptor('writable') },
  writableHighWaterMark: { __proto__: null, ...writableDescriptor('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableDescriptor('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableDescriptor('writableBuffer') },
  writableLength: { __proto__: null, ...writableDescriptor('writableLength') },
  writableFinished: { __proto__: null, ...writableDescriptor('writableFinished') },
  writableCorked: { __proto__: null, ...writableDescriptor('writableCorked') },
  writableEnded: { __proto__: null, ...writableDescriptor('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableDescriptor('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    configurable: true,
  },
});

let webAdapters;
function lazyWebAdapters() {
  if (webAdapters === undefined) webAdapters = require('internal/streams/web_adapters');
  return webAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
