'use strict';
// fs.ReadStream and fs.WriteStream on node:stream's Readable/Writable. The
// file is opened in _construct; every read and write is one fs callback call
// (one pool request). `fd` may be a number or a FileHandle.

const { Readable, Writable, finished } = require('stream');
const fs = require('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { toPath, getBuffer } = require('internal/fs/utils');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function isFileHandle(v) {
  return v !== null && typeof v === 'object' && typeof v.close === 'function' && 'fd' in v &&
    typeof v.readFile === 'function';
}

function streamOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return options;
}

function importFd(stream, options) {
  if (options.fd == null) {
    stream.fd = null;
    return false;
  }
  if (isFileHandle(options.fd)) {
    stream[kHandle] = options.fd;
    stream.fd = options.fd.fd;
    options.fd.on?.('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return true;
  }
  if (typeof options.fd !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  }
  validateInteger(options.fd, 'fd', 0, 2147483647);
  stream.fd = options.fd;
  return true;
}

function customFs(stream, options, names) {
  const custom = options.fs ?? {};
  const out = {};
  for (const name of names) {
    const fn = custom[name] ?? fs[name];
    if (custom[name] !== undefined) validateFunction(custom[name], `options.fs.${name}`);
    out[name] = fn;
  }
  stream[kFs] = out;
}

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      cb(err);
      return;
    }
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
    return;
  }
  const done = (er) => {
    stream.fd = null;
    cb(er || err);
  };
  if (stream[kHandle]) {
    stream[kHandle].close().then(() => done(), done);
  } else {
    stream[kFs].close(stream.fd, done);
  }
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...streamOptions(options) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  const hasFd = importFd(this, options);
  customFs(this, options, hasFd ? ['read', 'close'] : ['open', 'read', 'close']);
  this.path = hasFd ? undefined : toPath(path);
  if (hasFd) this.path = undefined;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  options.autoDestroy = this.autoClose;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function (cb) {
  if (typeof this.fd === 'number') {
    cb();
    return;
  }
  openStream(this, cb);
};

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined
    ? Math.min(this.end - this.pos + 1, n)
    : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = getBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      this.destroy(er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeOrKeep(this, err || er, cb));
  } else {
    closeOrKeep(this, err, cb);
  }
};

function closeOrKeep(stream, err, cb) {
  if (stream.autoClose) closeStream(stream, err, cb);
  else cb(err);
}

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...streamOptions(options) };
  options.decodeStrings = true;
  const hasFd = importFd(this, options);
  customFs(this, options, hasFd ? ['write', 'close'] : ['open', 'write', 'close']);
  if (options.fs?.writev) this[kFs].writev = options.fs.writev;
  else if (!options.fs) this[kFs].writev = fs.writev;
  this.path = hasFd ? undefined : toPath(path);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  this.flush = options.flush ?? false;
  if (options.flush !== undefined) validateBoolean(options.flush, 'options.flush');
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  options.autoDestroy = this.autoClose;
  if (options.encoding) this.setDefaultEncoding?.(options.encoding);
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function (cb) {
  if (typeof this.fd === 'number') {
    cb();
    return;
  }
  openStream(this, cb);
};

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._writev = function (chunks, cb) {
  const buffers = chunks.map((c) => c.chunk);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, buffers, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._final = function (cb) {
  if (!this.flush) {
    cb();
    return;
  }
  fs.fsync(this.fd, (er) => cb(er));
};

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeOrKeep(this, err || er, cb));
  } else {
    closeOrKeep(this, err, cb);
  }
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) {
    this.on('finish', this.destroy);
  }
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;


module.exports = { ReadStream, WriteStream };
