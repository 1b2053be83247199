'use strict';
// fs.ReadStream and fs.WriteStream on node:stream's Readable/Writable. The
// file is opened in _construct; every read and write is one call of the
// stream's fs object (`options.fs`, else node:fs itself, looked up at call
// time so patched methods are used, as in Node), each one pool request.
// `fd` may be a number or a FileHandle (then its read/write/writev/close
// methods are used and the handle stays referenced while the stream lives).
// A subclass that overrides `open()` (old Node, graceful-fs) is still
// supported: _construct calls it and waits for its 'open' or 'error' event.

const { Readable, Writable, finished } = require('stream');
const fs = require('fs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { toPath, getBuffer, getOptions, validateFd } = require('internal/fs/utils');
const { errorOrDestroy } = require('internal/streams/destroy');
const { deprecate } = require('util');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

// The options as a fresh object with their inherited properties too, as
// Node copies them.
function copyOptions(options) {
  const checked = getOptions(options, {});
  const source = options !== null && typeof options === 'object' ? options : checked;
  const out = {};
  for (const key in source) out[key] = source[key];
  return out;
}

// The path a stream opens: a file: URL becomes a path; strings and
// Uint8Arrays stay as given (validated: no null bytes).
function streamPath(path) {
  if (path !== null && typeof path === 'object' && !(path instanceof Uint8Array)) return toPath(path);
  toPath(path);
  return path;
}

// The fs operations of a stream reading or writing a FileHandle.
function handleOperations(handle, kUnref) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesRead, r.buffer),
        (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffer),
        (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffers),
        (err) => cb(err, 0, buffers));
    },
  };
}

// `options.fd`: a descriptor, or a FileHandle the stream then works through.
function importFd(stream, options) {
  const fd = options.fd;
  if (typeof fd === 'number') {
    stream[kFs] = options.fs || fs;
    return fd;
  }
  const { FileHandle, kRef, kUnref } = require('internal/fs/promises');
  if (fd !== null && typeof fd === 'object' && fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = handleOperations(fd, kUnref);
    fd[kRef]();
    fd.on('close', stream.close.bind(stream));
    return fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
}

// Where the stream's file comes from: a path to open, or `options.fd`.
function setUpSource(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = streamPath(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    stream.fd = validateFd(importFd(stream, options));
  }
}

const openReadFs = deprecate(function open() {},
  'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(function open() {},
  'WriteStream.prototype.open() is deprecated', 'DEP0135');

function _construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    // A subclass's own open(): it reports through 'open' or 'error'.
    const emit = stream.emit;
    stream.emit = function (event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        callback();
        return Reflect.apply(emit, this, [event, ...args]);
      }
      if (event === 'error') {
        this.emit = emit;
        callback(args[0]);
        return undefined;
      }
      return Reflect.apply(emit, this, [event, ...args]);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// Close the descriptor (after an fsync with `flush`); no descriptor, nothing.
function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

// A descriptor must not be closed while a pool request uses it: wait for it.
function destroyWhenIdle(stream, err, cb) {
  if (stream[kIsPerformingIO]) {
    stream.once(kIoDone, (er) => closeStream(stream, err || er, cb));
  } else {
    closeStream(stream, err, cb);
  }
}

function defineCommon(proto, stateName) {
  Object.defineProperty(proto, 'autoClose', {
    get() { return this[stateName].autoDestroy; },
    set(value) { this[stateName].autoDestroy = value; },
    configurable: true,
  });
  Object.defineProperty(proto, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
}

// ---- ReadStream ---------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  setUpSource(this, path, options, 'r');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
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
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineCommon(ReadStream.prototype, '_readableState');

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = _construct;

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
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = data ?? buf;
      if (bytesRead !== chunk.length) {
        // A short read is copied so the chunk does not keep the whole
        // read buffer alive.
        const fit = getBuffer().allocUnsafeSlow(bytesRead);
        chunk.copy(fit, 0, 0, bytesRead);
        chunk = fit;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function (err, cb) {
  destroyWhenIdle(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream --------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  // Strings are written as Buffers.
  options.decodeStrings = true;
  setUpSource(this, path, options, 'w');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  const ops = this[kFs];
  if (!ops.write && !ops.writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  }
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  // Either one is enough; the other is then not used.
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(ops.fsync, 'options.fs.fsync');
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineCommon(WriteStream.prototype, '_writableState');

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = _construct;

// Write all of `data` (a few zero-byte writes are retried; EAGAIN counts as
// zero bytes).
function writeAll(stream, data, size, pos, cb, retries = 0) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (er, bytesWritten, buffer) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) {
      cb(er || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writeAll failed'));
    } else if (size) {
      writeAll(stream, (buffer ?? data).subarray(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(stream, chunks, size, pos, cb, retries = 0) {
  stream[kFs].writev(stream.fd, chunks, pos, (er, bytesWritten, buffers) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) {
      cb(er || new ERR_STREAM_DESTROYED('writev'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writev failed'));
    } else if (size) {
      const rest = getBuffer().concat(buffers ?? chunks).subarray(bytesWritten);
      writevAll(stream, [rest], size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function afterIo(stream, cb) {
  return (er) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(er);
      stream.emit(kIoDone, er);
      return;
    }
    cb(er);
  };
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, afterIo(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, afterIo(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function (err, cb) {
  destroyWhenIdle(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose the stream is destroyed once finished.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Files have no shutdown: ending is enough.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
