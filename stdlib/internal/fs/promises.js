'use strict';
// node:fs/promises: FileHandle and the promise forms. Each operation is the
// callback form (one thread-pool request) wrapped in a promise; argument
// errors become rejections, as Node's async functions do.

const fs = require('fs');
const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
  AbortError,
} = require('internal/errors');
const {
  constantsObject, getBuffer, isArrayBufferView, toUint8, getOptions, toPath, validateRmdirOptions,
  emitRecursiveRmdirWarning,
} = require('internal/fs/utils');

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

function call(fn, args) {
  return new Promise((resolve, reject) => {
    try {
      fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
    } catch (err) {
      reject(err);
    }
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

// Closing a FileHandle on garbage collection (Node's DEP0137 warning) is not
// done: Boa 0.22's FinalizationRegistry keeps the event loop spinning.

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kRefs] = 1;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  #op(fn, ...args) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = fn.name || 'read';
      return Promise.reject(err);
    }
    return call(fn, [this[kFd], ...args]);
  }

  appendFile(data, options) {
    return writeFileHandle(this, data, options, 'a');
  }

  chmod(mode) { return this.#op(fs.fchmod, mode); }
  chown(uid, gid) { return this.#op(fs.fchown, uid, gid); }
  datasync() { return this.#op(fs.fdatasync); }
  sync() { return this.#op(fs.fsync); }
  stat(options) { return this.#op(fs.fstat, options ?? {}); }
  truncate(len = 0) { return this.#op(fs.ftruncate, len); }
  utimes(atime, mtime) { return this.#op(fs.futimes, atime, mtime); }

  read(buffer, offset, length, position) {
    if (this[kFd] === -1) return this.#op(fs.read);
    let args;
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !isArrayBufferView(buffer))) {
      const o = buffer ?? {};
      const buf = o.buffer ?? getBuffer().alloc(16384);
      args = [buf, o.offset ?? 0, o.length ?? buf.byteLength - (o.offset ?? 0), o.position ?? null];
    } else if (offset !== null && typeof offset === 'object') {
      args = [buffer, offset.offset ?? 0, offset.length ?? buffer.byteLength - (offset.offset ?? 0),
        offset.position ?? null];
    } else {
      args = [buffer, offset ?? 0, length ?? buffer.byteLength - (offset ?? 0), position ?? null];
    }
    return new Promise((resolve, reject) => {
      try {
        fs.read(this[kFd], ...args, (err, bytesRead, buf) =>
          (err ? reject(err) : resolve({ bytesRead, buffer: buf })));
      } catch (err) {
        reject(err);
      }
    });
  }

  readv(buffers, position) {
    return this.#call('readv', (fd) => new Promise((resolve, reject) => {
      validateBufferArray(buffers);
      fs.readv(fd, buffers, typeof position === 'number' ? position : null, (err, bytesRead) =>
        (err ? reject(err) : resolve({ __proto__: null, bytesRead, buffers })));
    }));
  }

  write(buffer, ...rest) {
    return new Promise((resolve, reject) => {
      try {
        fs.write(this[kFd], buffer, ...rest, (err, bytesWritten) =>
          (err ? reject(err) : resolve({ bytesWritten, buffer })));
      } catch (err) {
        reject(err);
      }
    });
  }

  writev(buffers, position) {
    return this.#call('writev', (fd) => new Promise((resolve, reject) => {
      validateBufferArray(buffers);
      if (buffers.length === 0) {
        resolve({ __proto__: null, bytesWritten: 0, buffers });
        return;
      }
      fs.writev(fd, buffers, typeof position === 'number' ? position : null, (err, bytesWritten) =>
        (err ? reject(err) : resolve({ __proto__: null, bytesWritten, buffers })));
    }));
  }

  // Run `fn(fd)` unless the handle is closed (then reject as Node: EBADF
  // 'file closed' with the method's name as syscall).
  async #call(name, fn) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = name;
      throw err;
    }
    return fn(this[kFd]);
  }

  async readFile(options) {
    options = getOptions(options, {});
    if (options.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    const data = await call(fs.readFile, [this[kFd], { ...options, flag: undefined }]);
    return data;
  }

  writeFile(data, options) {
    return writeFileHandle(this, data, options, null);
  }

  readLines(options) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  createReadStream(options = undefined) {
    return fs.createReadStream(null, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return fs.createWriteStream(null, { ...options, fd: this });
  }

  readableWebStream() {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    const { ReadableStream } = require('internal/webstreams');
    const handle = this;
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const { bytesRead, buffer } = await handle.read();
        if (bytesRead === 0) {
          controller.close();
          return;
        }
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
    });
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call(fs.close, [fd]).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }
}

async function writeFileHandle(handle, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
  if (typeof data === 'string' || isArrayBufferView(data)) {
    const bytes = typeof data === 'string' ? getBuffer().from(data, options.encoding || 'utf8') : toUint8(data);
    await call(fs.writeFile, [handle.fd, bytes, {}]);
    return;
  }
  if (data != null && (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
    for await (const chunk of data) {
      if (options.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      const bytes = typeof chunk === 'string' ? getBuffer().from(chunk, options.encoding || 'utf8') : toUint8(chunk);
      await call(fs.writeFile, [handle.fd, bytes, {}]);
    }
    return;
  }
  void defaultFlag;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

async function open(path, flags, mode) {
  const fd = await call(fs.open, [path, flags ?? 'r', mode ?? 0o666]);
  return new FileHandle(fd);
}

function isIterableData(data) {
  return data != null && typeof data === 'object' && !isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function writeFile(path, data, options) {
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (isIterableData(data)) {
    const opts = getOptions(options, { flag: 'w', mode: 0o666 });
    const handle = await open(path, opts.flag, opts.mode);
    try {
      await writeFileHandle(handle, data, opts, null);
    } finally {
      await handle.close();
    }
    return;
  }
  return call(fs.writeFile, [path, data, options]);
}

async function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return call(fs.appendFile, [path, data, options]);
}

async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  return call(fs.readFile, [path, options]);
}

function wrap(fn) {
  return function (...args) {
    return call(fn, args);
  };
}

// With `recursive`, Node's promise form stats the path (following links):
// a directory is removed as fs.rm does, anything else goes to rmdir(2).
async function rmdir(path, options) {
  path = toPath(path);
  const o = validateRmdirOptions(options);
  if (o.recursive) {
    emitRecursiveRmdirWarning();
    const st = await call(fs.stat, [path]);
    if (st.isDirectory()) return call(fs.rm, [path, { recursive: true, maxRetries: o.maxRetries, retryDelay: o.retryDelay }]);
  }
  return call(fs.rmdir, [path]);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

async function openAsBlob(path, options) {
  const data = await readFile(path);
  return new Blob([data], { type: options?.type ?? '' });
}

const exportsObject = {
  access: wrap(fs.access),
  copyFile: wrap(fs.copyFile),
  cp: (...a) => call(require('internal/fs/cp').cp, a),
  open,
  opendir,
  rename: wrap(fs.rename),
  truncate: wrap(fs.truncate),
  rm: wrap(fs.rm),
  rmdir,
  mkdir: wrap(fs.mkdir),
  readdir: wrap(fs.readdir),
  readlink: wrap(fs.readlink),
  symlink: wrap(fs.symlink),
  lstat: wrap(fs.lstat),
  stat: wrap(fs.stat),
  statfs: wrap(fs.statfs),
  link: wrap(fs.link),
  unlink: wrap(fs.unlink),
  chmod: wrap(fs.chmod),
  lchmod: undefined,
  lchown: wrap(fs.lchown),
  chown: wrap(fs.chown),
  utimes: wrap(fs.utimes),
  lutimes: wrap(fs.lutimes),
  realpath: wrap(fs.realpath),
  mkdtemp: wrap(fs.mkdtemp),
  writeFile,
  appendFile,
  readFile,
  watch,
  constants: constantsObject,
};
delete exportsObject.lchmod;
exportsObject.lchmod = async () => {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
};

module.exports = { exports: exportsObject, FileHandle, openAsBlob };
