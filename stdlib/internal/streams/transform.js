'use strict';
// stream.Transform: a Duplex whose output is computed from its input by
// _transform(chunk, encoding, callback), with _flush() at the end. A write
// completes only once its output fits in the readable buffer.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With a zero readable highWaterMark, buffer on one side only.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Output pushed from _transform is delivered at once, not on a later tick.
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses that override _final still get _flush called at prefinish.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_transform()');
};

// One callback per stream (not a closure per chunk): writes are serialized,
// so the pending write's callback and the readable length it started from
// are kept on the stream.
const kWriteCallback = Symbol('kWriteCallback');
const kStartLength = Symbol('kStartLength');
const kOnTransformed = Symbol('kOnTransformed');

function onTransformed(err, val) {
  const callback = this[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);
  const rState = this._readableState;
  if (rState.ended) {
    process.nextTick(callback);
  } else if (this._writableState.ended || this[kStartLength] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    // Wait for the reader to take some output (see _read).
    this[kCallback] = callback;
  }
}

Transform.prototype._write = function(chunk, encoding, callback) {
  let done = this[kOnTransformed];
  if (done === undefined) done = this[kOnTransformed] = onTransformed.bind(this);
  this[kWriteCallback] = callback;
  this[kStartLength] = this._readableState.length;
  this._transform(chunk, encoding, done);
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
