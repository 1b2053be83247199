'use strict';
// Shared pieces of node:fs: path and flag validation, Stats/BigIntStats,
// Dirent, fs.constants, callback and option helpers.

// internal/errors loads when an error is built; the argument checks load
// internal/validators only for what they do not pass.
const {
  errors, validators, validateFunction, validateBoolean, validateObject, validateInteger,
  validateInt32, validateUint32, validateAbortSignal,
} = require('internal/lazy');

// ---- argument checks ---------------------------------------------------

// A mode (a number, or an octal string), `def` when nullish.
function parseFileMode(value, name, def) {
  const mode = value ?? def;
  if (mode === (mode >>> 0)) return mode;
  return validators().parseFileMode(value, name, def);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A binding callback that passes only the error (ops without a value).
function errOnly(cb) {
  return (err) => cb(err);
}

function withValue(cb, map) {
  return (err, value) => {
    if (err) cb(err);
    else cb(null, map ? map(value) : value);
  };
}

// ---- constants ---------------------------------------------------------

// fs.constants as Node has it: a null-prototype object whose properties are
// read-only and cannot be deleted (the object itself stays extensible).
const constants = Object.create(null);
for (const [name, value] of Object.entries({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
})) {
  Object.defineProperty(constants, name, { __proto__: null, value, enumerable: true });
}

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new (errors().codes.ERR_INVALID_ARG_VALUE)('flags', flags);
}

let urlModule;
let BufferCtor;
function getBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

function isURL(p) {
  return p !== null && typeof p === 'object' && typeof p.href === 'string' &&
    typeof p.protocol === 'string' && p.origin !== undefined;
}

// A path argument as the binding takes it: a string stays a string, a file:
// URL becomes one, and a Buffer/Uint8Array stays bytes (so a name that is
// not UTF-8 reaches the OS as it is). Null bytes are refused, as Node.
function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) throw nullBytes(name, p);
    return p;
  }
  if (p instanceof Uint8Array) {
    if (p.includes(0)) throw nullBytes(name, p);
    return p;
  }
  if (isURL(p)) {
    urlModule ??= require('url');
    const out = urlModule.fileURLToPath(p);
    if (out.includes('\u0000')) throw nullBytes(name, p);
    return out;
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], p);
}

function nullBytes(name, p) {
  return new (errors().codes.ERR_INVALID_ARG_VALUE)(name, p, 'must be a string, Uint8Array, or URL without null bytes');
}

// A Buffer over the same memory as a Uint8Array.
function bufferOf(u8) {
  const Buffer = getBuffer();
  return u8 instanceof Buffer ? u8 : Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// A path (from toPath) as a string: bytes decode as UTF-8, invalid
// sequences as U+FFFD (for what only takes strings, as Node does).
function pathToString(p) {
  return typeof p === 'string' ? p : bufferOf(p).toString('utf8');
}

// `name` (a string or bytes) under the directory `dir`: a string when both
// are strings (path.join), otherwise the bytes of the two joined by '/'.
function joinPath(dir, name) {
  if (typeof dir === 'string' && typeof name === 'string') {
    pathModule ??= require('path');
    return pathModule.join(dir, name);
  }
  const Buffer = getBuffer();
  let head;
  if (typeof dir === 'string') {
    pathModule ??= require('path');
    head = Buffer.from(pathModule.join(dir, '/'));
  } else {
    head = dir.length > 0 && dir[dir.length - 1] === 0x2f ? dir : Buffer.concat([dir, kSlash]);
  }
  return Buffer.concat([head, typeof name === 'string' ? Buffer.from(name) : name]);
}
let pathModule;
const kSlash = new Uint8Array([0x2f]);

function validateFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    if (options !== 'buffer') assertEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  if (options.encoding !== undefined && options.encoding !== null && options.encoding !== 'buffer') {
    assertEncoding(options.encoding);
  }
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { ...defaults, ...options };
}

function assertEncoding(encoding) {
  // UTF-8, the usual encoding, is checked without loading node:buffer.
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && !getBuffer().isEncoding(encoding)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    const err = new (errors().AbortError)(undefined, { cause: signal.reason });
    if (callback) process.nextTick(callback, err);
    return err;
  }
  return null;
}

// Seconds from a number, numeric string or Date.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    return time < 0 ? Date.now() / 1000 : time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats -------------------------------------------------------------

const kNsPerMsBig = 1000000n;
const kNsPerSecBig = 1000000000n;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }
  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }
  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }
  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  isFile() { return super.isFile(); }

  _checkModeProperty(property) {
    return (this.mode & constants.S_IFMT) === property;
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / kNsPerMsBig;
    this.mtimeMs = mtimeNs / kNsPerMsBig;
    this.ctimeMs = ctimeNs / kNsPerMsBig;
    this.birthtimeMs = birthtimeNs / kNsPerMsBig;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(constants.S_IFMT)) === BigInt(property);
  }
}

// A Stats from the binding's 18 numbers.
function getStats(a, bigint) {
  if (bigint) {
    const B = BigInt;
    const ns = (i) => B(a[i]) * kNsPerSecBig + B(a[i + 1]);
    return new BigIntStats(B(a[0]), B(a[1]), B(a[2]), B(a[3]), B(a[4]), B(a[5]), B(a[6]),
      B(a[7]), B(a[8]), B(a[9]), ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

// ---- Dirent ------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// A name or path from the binding (a string, or a Uint8Array of raw bytes)
// as the caller's encoding asks: 'buffer' gives a Buffer, another encoding
// decodes the bytes with it (UTF-8: invalid sequences become U+FFFD).
function encodeName(name, encoding) {
  if (typeof name === 'string') {
    if (encoding === 'buffer') return getBuffer().from(name);
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
      return getBuffer().from(name).toString(encoding);
    }
    return name;
  }
  const buf = bufferOf(name);
  if (encoding === 'buffer') return buf;
  return buf.toString(encoding || 'utf8');
}

// A path from the binding in the encoding `options` asks for (a string, or
// an object with `encoding`).
function encodePath(p, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encodeName(p, encoding);
}

// The binding's modes for names it reads from the OS (see `Names` in
// crates/coil_bindings/src/fs.rs): strings decoded as UTF-8, or raw bytes.
const kNamesText = 0;
const kNamesBytes = 1;

// The mode that loses nothing the encoding can show: text for UTF-8,
// bytes otherwise.
function namesMode(encoding) {
  return !encoding || encoding === 'utf8' || encoding === 'utf-8' ? kNamesText : kNamesBytes;
}

// ---- buffer argument checks ---------------------------------------------

// Any ArrayBufferView as a Uint8Array over the same memory.
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('offset', '>= 0', offset);
  if (length < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new (errors().codes.ERR_OUT_OF_RANGE)('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name = 'position') {
  if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return;
  }
  if (typeof position === 'number') {
    if (!Number.isInteger(position)) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'an integer', position);
    if (position < -1 || position > Number.MAX_SAFE_INTEGER) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= -1 && <= ${Number.MAX_SAFE_INTEGER}`, position);
    }
    return;
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['integer', 'bigint'], position);
}

function validateRmOptions(options, defaults) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  const out = { ...defaults, ...options };
  for (const key of ['recursive', 'force']) {
    if (typeof out[key] !== 'boolean') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)(`options.${key}`, 'boolean', out[key]);
    }
  }
  validateInt32(out.retryDelay, 'options.retryDelay', 0);
  validateUint32(out.maxRetries, 'options.maxRetries');
  return out;
}

// fs's deprecation warnings, each emitted once per process.
const deprecationsWarned = new Set();
function warnDeprecatedOnce(code, message) {
  if (deprecationsWarned.has(code)) return;
  deprecationsWarned.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function emitRecursiveRmdirWarning() {
  warnDeprecatedOnce('DEP0147', 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead');
}

const kRmdirDefaults = { recursive: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options) {
  if (options === undefined) return { ...kRmdirDefaults };
  validateObject(options, 'options');
  const out = { ...kRmdirDefaults, ...options };
  validateBoolean(out.recursive, 'options.recursive');
  validateInt32(out.retryDelay, 'options.retryDelay', 0);
  validateUint32(out.maxRetries, 'options.maxRetries');
  return out;
}

module.exports = {
  validateFunction,
  validateBoolean,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  parseFileMode,
  maybeCallback,
  errOnly,
  withValue,
  encodePath,
  constants,
  // The name fs/promises imports fs.constants by.
  constantsObject: constants,
  stringToFlags,
  toPath,
  pathToString,
  joinPath,
  bufferOf,
  validateFd,
  getOptions,
  assertEncoding,
  checkAborted,
  toUnixTimestamp,
  Stats,
  BigIntStats,
  StatsBase,
  getStats,
  Dirent,
  kType,
  encodeName,
  namesMode,
  kNamesText,
  kNamesBytes,
  toUint8,
  isArrayBufferView,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  emitRecursiveRmdirWarning,
  warnDeprecatedOnce,
  getBuffer,
};
