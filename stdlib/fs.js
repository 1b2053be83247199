'use strict';
// node:fs. Every callback function is one thread-pool request through
// internalBinding('fs') (the binding runs an operation on the pool when its
// last argument is a function); the *Sync forms run the same operation on the
// JS thread. Arguments are validated here with Node's ERR_* errors; system
// errors come from the binding with Node's code/errno/syscall/path/dest.
//
// Boa compiles the whole of a module when it is required, so this file holds
// the functions most programs use; the rest are stand-ins (same name and
// length) for code in internal/fs/rarely_used and the other internal/fs
// modules, compiled on first call. Arguments that pass the inline checks of
// internal/fs/utils load neither internal/validators nor internal/errors.

const binding = internalBinding('fs');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');
const {
  validateFunction,
  validateInteger,
  validateBoolean,
  validateObject,
  parseFileMode,
  maybeCallback,
  errOnly,
  withValue,
  encodePath,
  constants,
  stringToFlags,
  toPath,
  validateFd,
  getOptions,
  checkAborted,
  toUnixTimestamp,
  Stats,
  getStats,
  Dirent,
  encodeName,
  namesMode,
  kNamesText,
  toUint8,
  bufferOf,
  isArrayBufferView,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  emitRecursiveRmdirWarning,
  getBuffer,
} = require('internal/fs/utils');
const { customPromisifyArgs } = require('internal/util');
const { deferFunction, defineLazyProperties } = require('internal/util/lazy_exports');

const { F_OK, R_OK, W_OK, X_OK } = constants;
const kMaxLength = 2 ** 31 - 1;

// UTF-8 text is encoded and decoded by the binding behind TextEncoder and
// TextDecoder (the same conversions as Buffer's), so that reading and
// writing text does not load node:buffer, a large module.
const encodingBinding = internalBinding('encoding_binding');
// V8's longest string, in UTF-16 units: a longer decoding is left to
// Buffer, which throws Node's ERR_STRING_TOO_LONG.
const kStringMaxLength = 0x1fffffe8;

// A string's bytes in `encoding` (UTF-8 when none is given).
function stringBytes(str, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return encodingBinding.encodeUtf8(str);
  return getBuffer().from(str, encoding);
}

// File contents (a Uint8Array) as a Buffer, or as a string in `encoding`.
function encodeResult(u8, encoding) {
  if ((encoding === 'utf8' || encoding === 'utf-8') && u8.byteLength <= kStringMaxLength) {
    // ignoreBOM: a leading BOM is kept, as Buffer#toString keeps it.
    return encodingBinding.decode(u8, 'utf-8', false, true);
  }
  const buf = bufferOf(u8);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// Data for writeFile/appendFile as a Uint8Array.
function dataBytes(data, encoding) {
  if (typeof data === 'string') return stringBytes(data, encoding);
  if (isArrayBufferView(data)) return toUint8(data);
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// ---- open / close ------------------------------------------------------

function open(path, flags, mode, callback) {
  path = toPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = maybeCallback(callback);
  binding.open(path, flagsNumber, mode, withValue(callback));
}

function openSync(path, flags, mode) {
  return binding.open(toPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = () => {}) {
  validateFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  binding.close(fd, errOnly(callback));
}

function closeSync(fd) {
  validateFd(fd);
  binding.close(fd);
}

// ---- read / write ------------------------------------------------------

function validateBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The checks read() and readSync() share once offset, length and position
// are known; returns the length (0: nothing to read) and the position
// (-1: the current file position).
function checkRead(buffer, offset, length, position) {
  length |= 0;
  if (length === 0) return { length, position };
  if (buffer.byteLength === 0) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  return { length, position };
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer, options,
// cb), read(fd, buffer, cb), read(fd, options, cb), read(fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = getBuffer().alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = getBuffer().alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const checked = checkRead(buffer, offset, length, position);
  if (checked.length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, buffer, offset, checked.length, checked.position,
    (err, n) => callback(err, n || 0, buffer));
}
Object.defineProperty(read, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

// readSync(fd, buffer, offset, length, position), readSync(fd, buffer[, options]).
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const checked = checkRead(buffer, offset, length, position);
  if (checked.length === 0) return 0;
  return binding.read(fd, buffer, offset, checked.length, checked.position);
}

function validateStringData(buffer) {
  if (typeof buffer !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateStringEncoding(data, encoding) {
  const normalized = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// A position the binding takes: a safe integer, else -1 (the current position).
function bindingPosition(position) {
  return typeof position === 'number' || typeof position === 'bigint' ? position : -1;
}

// write(fd, buffer[, offset[, length[, position]]], cb),
// write(fd, buffer[, options], cb), write(fd, string[, position[, encoding]], cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, buffer, offset, length, bindingPosition(position),
      (err, n) => callback(err, n || 0, buffer));
    return;
  }
  validateStringData(buffer);
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateStringEncoding(str, length);
  callback = maybeCallback(position);
  const bytes = stringBytes(str, typeof length === 'string' ? length : 'utf8');
  binding.writeBuffer(fd, bytes, 0, bytes.byteLength, bindingPosition(offset),
    (err, n) => callback(err, n || 0, str));
}
Object.defineProperty(write, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

// writeSync(fd, buffer[, offset[, length[, position]]]),
// writeSync(fd, buffer[, options]), writeSync(fd, string[, position[, encoding]]).
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, buffer, offset, length, bindingPosition(position));
  }
  validateStringData(buffer);
  validateStringEncoding(buffer, length);
  const bytes = stringBytes(buffer, typeof length === 'string' ? length : 'utf8');
  return binding.writeBuffer(fd, bytes, 0, bytes.byteLength, bindingPosition(offset));
}

// ---- readFile / writeFile / appendFile -----------------------------------

function isFd(path) {
  return typeof path === 'number';
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? validateFd(path) : toPath(path);
  const flags = stringToFlags(options.flag);
  if (checkAborted(options.signal, callback)) return;
  const { encoding, signal } = options;
  binding.readFileAll(target, flags, (err, data) => {
    if (err) return callback(tooLarge(err));
    if (signal?.aborted) return callback(new (errors().AbortError)(undefined, { cause: signal.reason }));
    if (data.byteLength > kMaxLength) {
      return callback(new (errors().codes.ERR_FS_FILE_TOO_LARGE)(data.byteLength));
    }
    let result;
    try {
      result = encodeResult(data, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? validateFd(path) : toPath(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  if ((encoding === 'utf8' || encoding === 'utf-8') && typeof target === 'string' && flags === 0) {
    return binding.readFileUtf8(target);
  }
  let data;
  try {
    data = binding.readFileAll(target, flags);
  } catch (err) {
    throw tooLarge(err);
  }
  return encodeResult(data, encoding);
}

// The binding marks a file too large to read whole with its size.
function tooLarge(err) {
  if (err?.fileSize === undefined) return err;
  return new (errors().codes.ERR_FS_FILE_TOO_LARGE)(err.fileSize);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const target = isFd(path) ? validateFd(path) : toPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (checkAborted(options.signal, callback)) return;
  const signal = options.signal;
  binding.writeFileAll(target, bytes, flags, mode, (err) => {
    if (!err && signal?.aborted) return callback(new (errors().AbortError)(undefined, { cause: signal.reason }));
    callback(err);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const target = isFd(path) ? validateFd(path) : toPath(path);
  binding.writeFileAll(target, bytes, stringToFlags(options.flag),
    parseFileMode(options.mode, 'mode', 0o666));
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(options.flag)) options = { ...options, flag: 'a' };
  return options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  writeFile(path, data, appendOptions(options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// ---- stat family ---------------------------------------------------------

// `options = undefined` (a default) gives these functions Node's length, 1.

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  validateObject(options, 'options');
  return options;
}

function stat(path, options = undefined, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { bigint } = statOptions(options);
  binding.stat(toPath(path), withValue(callback, (a) => getStats(a, bigint)));
}

function lstat(path, options = undefined, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { bigint } = statOptions(options);
  binding.lstat(toPath(path), withValue(callback, (a) => getStats(a, bigint)));
}

function fstat(fd, options = undefined, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFd(fd);
  callback = maybeCallback(callback);
  const { bigint } = statOptions(options);
  binding.fstat(fd, withValue(callback, (a) => getStats(a, bigint)));
}

function statSyncWith(fn, path, options) {
  const opts = options == null ? {} : options;
  const p = toPath(path);
  try {
    return getStats(fn(p), opts.bigint);
  } catch (err) {
    if (opts.throwIfNoEntry === false && err?.code === 'ENOENT') return undefined;
    throw err;
  }
}

function statSync(path, options = undefined) {
  return statSyncWith(binding.stat, path, options);
}

function lstatSync(path, options = undefined) {
  return statSyncWith(binding.lstat, path, options);
}

function fstatSync(fd, options = undefined) {
  validateFd(fd);
  return getStats(binding.fstat(fd), options?.bigint);
}

// ---- access / exists -------------------------------------------------------

// Node's mode check for access/copyFile has its own short message.
function validMode(mode, def) {
  if (mode == null) return def;
  validateInteger(mode, 'mode');
  if (mode < 0 || mode > 7) {
    const err = new (errors().codes.ERR_OUT_OF_RANGE)('mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  return mode;
}

function accessMode(mode) {
  return validMode(mode, F_OK);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = toPath(path);
  mode = accessMode(mode);
  callback = maybeCallback(callback);
  binding.access(path, mode, errOnly(callback));
}

function accessSync(path, mode) {
  binding.access(toPath(path), accessMode(mode));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try {
    p = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(p, F_OK, (err) => callback(!err));
}
// Named `exists` and taking one argument, as Node's.
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false,
});

function existsSync(path) {
  try {
    return binding.internalModuleStat(toPath(path)) >= 0;
  } catch {
    return false;
  }
}

// ---- directories -----------------------------------------------------------

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options != null) {
    validateObject(options, 'options');
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = toPath(path);
  const { mode, recursive } = mkdirArgs(options);
  callback = maybeCallback(callback);
  binding.mkdir(path, mode, recursive, recursive ? withValue(callback) : errOnly(callback));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  const first = binding.mkdir(toPath(path), mode, recursive);
  return recursive ? first : undefined;
}

function direntsOf(path, names, types, encoding) {
  const out = [];
  for (let i = 0; i < names.length; i++) {
    out.push(new Dirent(encodeName(names[i], encoding), types[i], path));
  }
  return out;
}

function readdirOptions(options) {
  return getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = toPath(path);
  const { withFileTypes, encoding } = options;
  if (options.recursive) {
    rarelyUsed().readdirRecursive(path, withFileTypes, encoding, callback);
    return;
  }
  const mode = namesMode(encoding);
  binding.readdir(path, !!withFileTypes, false, mode, withValue(callback, (r) => (withFileTypes
    ? direntsOf(path, r[0], r[1], encoding)
    : (mode === kNamesText ? r : r.map((n) => encodeName(n, encoding))))));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = toPath(path);
  const { withFileTypes, encoding } = options;
  if (options.recursive) return rarelyUsed().readdirRecursiveSync(path, withFileTypes, encoding);
  const mode = namesMode(encoding);
  const r = binding.readdir(path, !!withFileTypes, false, mode);
  if (withFileTypes) return direntsOf(path, r[0], r[1], encoding);
  if (mode === kNamesText) return r;
  return r.map((n) => encodeName(n, encoding));
}

function isDirectoryMode(mode) {
  return (mode & constants.S_IFMT) === constants.S_IFDIR;
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = toPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const o = validateRmOptions({ ...options, force: false }, kRmDefaults);
    binding.lstat(path, (err, st) => {
      if (err) callback(err);
      else if (!isDirectoryMode(st[1])) binding.rmdir(path, errOnly(callback));
      else removeWithRetries(path, o, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, errOnly(callback));
}

function rmdirSync(path, options) {
  path = toPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const o = validateRmOptions({ ...options, force: false }, kRmDefaults);
    if (isDirectoryMode(binding.lstat(path)[1])) {
      binding.rm(path, true, false, o.maxRetries, o.retryDelay);
      return;
    }
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

const kRmDefaults = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const kRmRetryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function rmError(err) {
  if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
    return new (errors().codes.ERR_FS_EISDIR)({
      code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21,
    });
  }
  return err;
}

// One pool request per attempt. After an error Node retries on
// (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM) the next attempt starts from a
// timer, retryDelay ms longer each time, so the JS thread never waits; a
// path gone by a later attempt counts as removed.
function removeWithRetries(path, o, callback) {
  let tries = 0;
  const attempt = () => {
    binding.rm(path, o.recursive, o.force || tries > 0, 0, 0, (err) => {
      if (err && kRmRetryCodes.has(err.code) && tries < o.maxRetries) {
        tries++;
        require('timers').setTimeout(attempt, tries * o.retryDelay);
        return;
      }
      callback(rmError(err));
    });
  };
  attempt();
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = toPath(path);
  const o = validateRmOptions(options, kRmDefaults);
  callback = maybeCallback(callback);
  removeWithRetries(path, o, callback);
}

// The sync form retries in the binding, sleeping between attempts.
function rmSync(path, options) {
  path = toPath(path);
  const o = validateRmOptions(options, kRmDefaults);
  try {
    binding.rm(path, o.recursive, o.force, o.maxRetries, o.retryDelay);
  } catch (err) {
    throw rmError(err);
  }
}

// ---- unlink, rename, copyFile ----------------------------------------------

function unlink(path, callback) {
  path = toPath(path);
  binding.unlink(path, errOnly(maybeCallback(callback)));
}

function unlinkSync(path) {
  binding.unlink(toPath(path));
}

function rename(oldPath, newPath, callback) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, errOnly(maybeCallback(callback)));
}

function renameSync(oldPath, newPath) {
  binding.rename(toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath'));
}

function copyMode(mode) {
  return validMode(mode, 0);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = copyMode(mode);
  binding.copyFile(src, dest, mode, errOnly(maybeCallback(callback)));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), copyMode(mode));
}

// ---- realpath ---------------------------------------------------------------

// Node's fs.realpath (not .native) works on strings: a Buffer path is
// decoded as UTF-8 (invalid sequences become U+FFFD) and anything else that
// is not a string or file: URL is turned into one.
function realpathString(path) {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    try {
      return toPath(path);
    } catch (err) {
      if (err?.code !== 'ERR_INVALID_ARG_TYPE') throw err;
    }
  }
  // As Node's `p += ''` (the default hint, so valueOf first).
  return toPath(path + '');
}

function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = realpathString(path);
  binding.realpathFs(path, false, withValue(callback, (p) => encodePath(p, options)));
}
// Anonymous and without `prototype`, as Node's.
realpath.native = (path, options, callback) => {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = toPath(path);
  binding.realpathFs(path, true, withValue(callback, (p) => encodePath(p, options)));
};

function realpathSync(path, options) {
  options = getOptions(options, {});
  return encodePath(binding.realpathFs(realpathString(path), false), options);
}
realpathSync.native = (path, options) => {
  options = getOptions(options, {});
  return encodePath(binding.realpathFs(toPath(path), true), options);
};

// ---- module object -----------------------------------------------------------

let rarelyUsedModule;
function rarelyUsed() {
  rarelyUsedModule ??= require('internal/fs/rarely_used');
  return rarelyUsedModule;
}

// A stand-in for a function of internal/fs/rarely_used.
function rare(name, length) {
  return deferFunction(rarelyUsed, name, length);
}

const loadCp = () => require('internal/fs/cp');
const loadWatchers = () => require('internal/fs/watchers');

// Keys in Node's order (the last ones are defined below).
const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync,
  chown: rare('chown', 4), chownSync: rare('chownSync', 3),
  chmod: rare('chmod', 3), chmodSync: rare('chmodSync', 2),
  close, closeSync, copyFile, copyFileSync,
  cp: deferFunction(loadCp, 'cp', 4),
  cpSync: deferFunction(loadCp, 'cpSync', 3),
  createReadStream,
  createWriteStream,
  exists, existsSync,
  fchown: rare('fchown', 4), fchownSync: rare('fchownSync', 3),
  fchmod: rare('fchmod', 3), fchmodSync: rare('fchmodSync', 2),
  fdatasync: rare('fdatasync', 2), fdatasyncSync: rare('fdatasyncSync', 1),
  fstat, fstatSync,
  fsync: rare('fsync', 2), fsyncSync: rare('fsyncSync', 1),
  ftruncate: rare('ftruncate', 1), ftruncateSync: rare('ftruncateSync', 1),
  futimes: rare('futimes', 4), futimesSync: rare('futimesSync', 3),
  lchown: rare('lchown', 4), lchownSync: rare('lchownSync', 3),
  lchmod: undefined, lchmodSync: undefined,
  link: rare('link', 3), linkSync: rare('linkSync', 2),
  lstat, lstatSync,
  lutimes: rare('lutimes', 4), lutimesSync: rare('lutimesSync', 3),
  mkdir, mkdirSync,
  mkdtemp: rare('mkdtemp', 3), mkdtempSync: rare('mkdtempSync', 2),
  open, openSync,
  openAsBlob: deferFunction(() => require('internal/fs/promises'), 'openAsBlob', 1),
  readdir, readdirSync, read, readSync,
  readv: rare('readv', 4), readvSync: rare('readvSync', 3),
  readFile, readFileSync,
  readlink: rare('readlink', 3), readlinkSync: rare('readlinkSync', 2),
  realpath, realpathSync, rename, renameSync,
  rm, rmSync, rmdir, rmdirSync, stat,
  statfs: rare('statfs', 1),
  statSync,
  statfsSync: rare('statfsSync', 1),
  symlink: rare('symlink', 4), symlinkSync: rare('symlinkSync', 3),
  truncate: rare('truncate', 3), truncateSync: rare('truncateSync', 2),
  unwatchFile: deferFunction(loadWatchers, 'unwatchFile', 2),
  unlink, unlinkSync,
  utimes: rare('utimes', 4), utimesSync: rare('utimesSync', 3),
  watch: deferFunction(loadWatchers, 'watch', 3),
  watchFile: deferFunction(loadWatchers, 'watchFile', 3),
  writeFile, writeFileSync, write, writeSync,
  writev: rare('writev', 4), writevSync: rare('writevSync', 3),
  Dirent, Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { lazyStreams().ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { lazyStreams().WriteStream = v; },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { lazyStreams().ReadStream = v; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { lazyStreams().WriteStream = v; },
  _toUnixTimestamp: toUnixTimestamp,
};

defineLazyProperties(fs, () => require('internal/fs/dir'), ['Dir', 'opendir', 'opendirSync']);

// Read-only and permanent, as Node's; fs.promises is a getter named `get`.
Object.defineProperties(fs, {
  F_OK: { __proto__: null, value: F_OK, enumerable: true },
  R_OK: { __proto__: null, value: R_OK, enumerable: true },
  W_OK: { __proto__: null, value: W_OK, enumerable: true },
  X_OK: { __proto__: null, value: X_OK, enumerable: true },
  constants: { __proto__: null, value: constants, enumerable: true },
  promises: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('internal/fs/promises').exports; },
  },
});

Object.defineProperty(fs.readv, customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});
Object.defineProperty(fs.writev, customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}
