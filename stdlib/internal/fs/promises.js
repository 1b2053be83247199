'use strict';
// node:fs/promises: FileHandle and the promise forms. Each operation is the
// callback form (one thread-pool request) wrapped in a promise; argument
// errors become rejections, as Node's async functions do.

const fs = require('fs');
const EventEmitter = require('events');
// internal/errors and internal/validators load only when needed.
const { errors, validators } = require('internal/lazy');
const {
  constantsObject, getBuffer, isArrayBufferView, toUint8, getOptions, toPath, validateRmdirOptions,
  emitRecursiveRmdirWarning,
} = require('internal/fs/utils');

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
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

const binding = internalBinding('fs');
const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// A FileHandle collected without close(): the binding closed its descriptor
// when the engine finalized the native handle and calls this on a later loop
// turn (see crates/coil_bindings/src/fs.rs).
let gcDeprecationEmitted = false;
binding.setFileHandleGcHook((fd) => {
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcDeprecationEmitted) {
    gcDeprecationEmitted = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using ' +
      'FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

// Close the native handle's descriptor (one pool request).
function closeHandle(native) {
  return new Promise((resolve, reject) => {
    binding.closeFileHandle(native, (err) => (err ? reject(err) : resolve()));
  });
}

// Run one FileHandle operation: a closed handle rejects as Node's (EBADF,
// 'file closed', the operation's name as syscall); an open one is referenced
// while the operation runs, so close() waits for it.
async function fsCall(name, handle, fn) {
  if (handle?.[kRefs] === undefined) {
    throw new (errors().codes.ERR_INTERNAL_ASSERTION)('handle must be an instance of FileHandle');
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle.fd);
  } finally {
    handle[kUnref]();
  }
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kHandle] = binding.newFileHandle(fd);
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall('writeFile', this, () => writeFileHandle(this, data, options, 'a'));
  }

  chmod(mode) {
    return fsCall('fchmod', this, (fd) => call(fs.fchmod, [fd, mode]));
  }

  chown(uid, gid) {
    return fsCall('fchown', this, (fd) => call(fs.fchown, [fd, uid, gid]));
  }

  datasync() {
    return fsCall('fdatasync', this, (fd) => call(fs.fdatasync, [fd]));
  }

  sync() {
    return fsCall('fsync', this, (fd) => call(fs.fsync, [fd]));
  }

  read(buffer, offset, length, position) {
    return fsCall('read', this, (fd) => readHandle(fd, buffer, offset, length, position));
  }

  readv(buffers, position) {
    return fsCall('readv', this, (fd) => new Promise((resolve, reject) => {
      validateBufferArray(buffers);
      fs.readv(fd, buffers, typeof position === 'number' ? position : null, (err, bytesRead) =>
        (err ? reject(err) : resolve({ __proto__: null, bytesRead, buffers })));
    }));
  }

  readFile(options) {
    return fsCall('readFile', this, async (fd) => {
      options = getOptions(options, {});
      if (options.signal?.aborted) throw new (errors().AbortError)(undefined, { cause: options.signal.reason });
      return call(fs.readFile, [fd, { ...options, flag: undefined }]);
    });
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return fsCall('fstat', this, (fd) => call(fs.fstat, [fd, options ?? {}]));
  }

  truncate(len = 0) {
    return fsCall('ftruncate', this, (fd) => call(fs.ftruncate, [fd, len]));
  }

  utimes(atime, mtime) {
    return fsCall('futimes', this, (fd) => call(fs.futimes, [fd, atime, mtime]));
  }

  write(buffer, offsetOrOptions, length, position) {
    return fsCall('write', this, (fd) => writeHandle(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return fsCall('writev', this, (fd) => new Promise((resolve, reject) => {
      validateBufferArray(buffers);
      if (buffers.length === 0) {
        resolve({ __proto__: null, bytesWritten: 0, buffers });
        return;
      }
      fs.writev(fd, buffers, typeof position === 'number' ? position : null, (err, bytesWritten) =>
        (err ? reject(err) : resolve({ __proto__: null, bytesWritten, buffers })));
    }));
  }

  writeFile(data, options) {
    return fsCall('writeFile', this, () => writeFileHandle(this, data, options, null));
  }

  readableWebStream() {
    if (this[kFd] === -1) throw new (errors().codes.ERR_INVALID_STATE)('The FileHandle is closed');
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

  createReadStream(options = undefined) {
    return fs.createReadStream(null, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return fs.createWriteStream(null, { ...options, fd: this });
  }

  // close() is an own property, as Node's: it closes once no operation is
  // running (the descriptor reads -1 from then on) and emits 'close' at once.
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kClosePromise] = closeHandle(this[kHandle]).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      closeHandle(this[kHandle]).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

// FileHandle.read: read(buffer, offset, length, position),
// read(buffer, options) or read(options).
function readHandle(fd, buffer, offset, length, position) {
  return new Promise((resolve, reject) => {
    let args;
    if (!isArrayBufferView(buffer)) {
      if (buffer !== undefined && buffer !== null) validators().validateObject(buffer, 'options');
      const o = buffer ?? {};
      const buf = o.buffer ?? getBuffer().alloc(16384);
      const off = o.offset ?? 0;
      args = [buf, { offset: off, length: o.length ?? buf.byteLength - off, position: o.position ?? null }];
    } else if (offset !== null && typeof offset === 'object') {
      const off = offset.offset ?? 0;
      args = [buffer, { offset: off, length: offset.length ?? buffer.byteLength - off, position: offset.position ?? null }];
    } else {
      args = [buffer, offset ?? 0, length ?? buffer.byteLength - (offset ?? 0), position ?? null];
    }
    fs.read(fd, ...args, (err, bytesRead, buf) =>
      (err ? reject(err) : resolve({ __proto__: null, bytesRead, buffer: buf })));
  });
}

// FileHandle.write: write(buffer[, offset[, length[, position]]]),
// write(buffer, options) or write(string[, position[, encoding]]).
function writeHandle(fd, buffer, offsetOrOptions, length, position) {
  return new Promise((resolve, reject) => {
    if (buffer?.byteLength === 0) {
      resolve({ __proto__: null, bytesWritten: 0, buffer });
      return;
    }
    const args = [fd, buffer];
    if (offsetOrOptions !== undefined || length !== undefined || position !== undefined) args.push(offsetOrOptions);
    if (length !== undefined || position !== undefined) args.push(length);
    if (position !== undefined) args.push(position);
    fs.write(...args, (err, bytesWritten) =>
      (err ? reject(err) : resolve({ __proto__: null, bytesWritten, buffer })));
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal.reason });
}

// Data other than a string or an ArrayBufferView that is iterable (a
// Readable, a generator ...) is written chunk by chunk.
function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// FileHandle.writeFile/appendFile: at the handle's position; an abort is
// noticed between chunks and when the write completes.
async function writeFileHandle(handle, data, options, defaultFlag) {
  void defaultFlag;
  options = getOptions(options, { encoding: 'utf8' });
  const { signal } = options;
  const encoding = options.encoding || 'utf8';
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = isArrayBufferView(chunk) ? toUint8(chunk) : getBuffer().from(chunk, encoding);
      await call(fs.writeFile, [handle.fd, bytes, {}]);
      checkAborted(signal);
    }
    return;
  }
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const bytes = typeof data === 'string' ? getBuffer().from(data, encoding) : toUint8(data);
  await call(fs.writeFile, [handle.fd, bytes, {}]);
  checkAborted(signal);
}

async function open(path, flags, mode) {
  const fd = await call(fs.open, [path, flags ?? 'r', mode ?? 0o666]);
  return new FileHandle(fd);
}

const isIterableData = isCustomIterable;

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
  realpath: wrap(fs.realpath.native),
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

module.exports = { exports: exportsObject, FileHandle, openAsBlob, kRef, kUnref };
