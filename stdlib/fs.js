'use strict';
// node:fs. Every callback function is one thread-pool request through
// internalBinding('fs') (the binding runs an operation on the pool when its
// last argument is a function); the *Sync forms run the same operation on the
// JS thread. Arguments are validated here with Node's ERR_* errors; system
// errors come from the binding with Node's code/errno/syscall/path/dest.

const binding = internalBinding('fs');
// internal/errors is loaded when an error is built.
function errors() {
  return require('internal/errors');
}
const {
  validateFunction,
  validateInteger,
  validateBoolean,
  validateObject,
  parseFileMode,
} = require('internal/validators');
const {
  constants,
  constantsObject,
  stringToFlags,
  toPath,
  joinPath,
  validateFd,
  getOptions,
  checkAborted,
  toUnixTimestamp,
  Stats,
  getStats,
  getStatFs,
  Dirent,
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
  getBuffer,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK } = constants;
const kMaxLength = 2 ** 31 - 1;

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

function toBuffer(u8) {
  const Buffer = getBuffer();
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function encodeResult(u8, encoding) {
  const buf = toBuffer(u8);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function encodePath(p, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encodeName(p, encoding);
}

// Data for writeFile/appendFile as a Uint8Array.
function dataBytes(data, encoding) {
  if (typeof data === 'string') return getBuffer().from(data, encoding || 'utf8');
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
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  value: (fd, buffer, offset, length, position) => new Promise((resolve, reject) => {
    const args = [fd];
    if (buffer !== undefined) args.push(buffer);
    if (offset !== undefined) args.push(offset);
    if (length !== undefined) args.push(length);
    if (position !== undefined) args.push(position);
    while (args.length < 2) args.push(undefined);
    read(...args, (err, bytesRead, buf) => (err ? reject(err) : resolve({ bytesRead, buffer: buf })));
  }),
  enumerable: false,
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

function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
  }
}

// readv/writev: one vectored read or write (readv(2)/preadv(2),
// writev(2)/pwritev(2)) in the binding; a position that is not a number
// means the current file position.
function readv(fd, buffers, position, callback) {
  validateFd(fd);
  validateBuffers(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}

function readvSync(fd, buffers, position) {
  validateFd(fd);
  validateBuffers(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers, position);
}

const { customPromisifyArgs } = require('internal/util');
Object.defineProperty(readv, customPromisifyArgs, { value: ['bytesRead', 'buffers'], enumerable: false });
Object.defineProperty(writev, customPromisifyArgs, { value: ['bytesWritten', 'buffer'], enumerable: false });

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
  const bytes = getBuffer().from(str, typeof length === 'string' ? length : 'utf8');
  binding.writeBuffer(fd, bytes, 0, bytes.byteLength, bindingPosition(offset),
    (err, n) => callback(err, n || 0, str));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  value: (...args) => new Promise((resolve, reject) => {
    write(...args, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer })));
  }),
  enumerable: false,
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
  const bytes = getBuffer().from(buffer, typeof length === 'string' ? length : 'utf8');
  return binding.writeBuffer(fd, bytes, 0, bytes.byteLength, bindingPosition(offset));
}

function writev(fd, buffers, position, callback) {
  validateFd(fd);
  validateBuffers(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  validateFd(fd);
  validateBuffers(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers, position);
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
      return callback(new (require('internal/errors').codes.ERR_FS_FILE_TOO_LARGE)(data.byteLength));
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
  return new (require('internal/errors').codes.ERR_FS_FILE_TOO_LARGE)(err.fileSize);
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

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  validateObject(options, 'options');
  return options;
}

function stat(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { bigint } = statOptions(options);
  binding.stat(toPath(path), withValue(callback, (a) => getStats(a, bigint)));
}

function lstat(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { bigint } = statOptions(options);
  binding.lstat(toPath(path), withValue(callback, (a) => getStats(a, bigint)));
}

function fstat(fd, options, callback) {
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

function statSync(path, options) {
  return statSyncWith(binding.stat, path, options);
}

function lstatSync(path, options) {
  return statSyncWith(binding.lstat, path, options);
}

function fstatSync(fd, options) {
  validateFd(fd);
  return getStats(binding.fstat(fd), options?.bigint);
}

function statfs(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const bigint = options?.bigint;
  binding.statfs(toPath(path), withValue(callback, (a) => getStatFs(a, bigint)));
}

function statfsSync(path, options) {
  return getStatFs(binding.statfs(toPath(path)), options?.bigint);
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
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
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

// Templates ending in X are expanded differently across platforms: Node
// warns once per process.
let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(prefix) {
  const endsWithX = typeof prefix === 'string'
    ? prefix.endsWith('X') : prefix.length > 0 && prefix[prefix.length - 1] === 0x58;
  if (nonPortableTemplateWarned || !endsWithX) return;
  nonPortableTemplateWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
    'For details see: https://nodejs.org/api/fs.html');
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, {});
  prefix = toPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, withValue(callback, (p) => encodePath(p, options)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = toPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodePath(binding.mkdtemp(prefix), options);
}

function direntsOf(path, names, types, encoding) {
  const out = [];
  for (let i = 0; i < names.length; i++) {
    out.push(new Dirent(encodeName(names[i], encoding), types[i], path));
  }
  return out;
}

// A recursive listing, breadth-first as Node's: each directory's entries
// (sorted), then those of the directories found, in order. Names are
// strings joined with path.join, as Node's; with encoding 'buffer' or a
// Buffer path they stay raw bytes all the way down (Node 20 throws an
// ERR_INVALID_ARG_TYPE from path.join there, nodejs/node#58892; the fix
// returns these Buffers).
function recursiveWalk(base, withFileTypes, encoding) {
  const bytes = encoding === 'buffer' || typeof base !== 'string';
  return {
    base, withFileTypes, encoding, results: [],
    names: bytes ? kNamesBytes : kNamesText,
    // Directories to list: [path, path relative to base (undefined: base)].
    queue: [[base, undefined]],
    next: 0,
  };
}

function collectRecursive(walk, dir, names, types) {
  const [path, rel] = dir;
  const { withFileTypes, encoding, results, queue } = walk;
  for (let j = 0; j < names.length; j++) {
    const name = names[j];
    const full = joinPath(path, name);
    let type = types[j];
    if (withFileTypes) {
      if (type === constants.UV_DIRENT_UNKNOWN) {
        try {
          type = getStats(binding.lstat(full)).isDirectory() ? constants.UV_DIRENT_DIR : type;
        } catch {}
      }
      results.push(new Dirent(encodeName(name, encoding), type, path));
      if (type === constants.UV_DIRENT_DIR) queue.push([full, undefined]);
      continue;
    }
    const relName = rel === undefined ? name : joinPath(rel, name);
    results.push(encodeName(relName, encoding));
    // Node descends into what stats as a directory (links followed); a
    // name decoded with U+FFFD may not be the real one, so it is checked
    // too (Node's check fails for it, and the directory is not listed).
    const maybeLossy = typeof name === 'string' && name.includes('\ufffd');
    if ((type === constants.UV_DIRENT_DIR && !maybeLossy) ||
        ((type === constants.UV_DIRENT_DIR || type === constants.UV_DIRENT_LINK ||
          type === constants.UV_DIRENT_UNKNOWN) && binding.internalModuleStat(full) === 1)) {
      queue.push([full, relName]);
    }
  }
}

function readdirRecursiveSync(base, withFileTypes, encoding) {
  const walk = recursiveWalk(base, withFileTypes, encoding);
  while (walk.next < walk.queue.length) {
    const dir = walk.queue[walk.next++];
    const [names, types] = binding.readdir(dir[0], true, false, walk.names);
    collectRecursive(walk, dir, names, types);
  }
  return walk.results;
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
    const walk = recursiveWalk(path, withFileTypes, encoding);
    const next = () => {
      if (walk.next >= walk.queue.length) return callback(null, walk.results);
      const dir = walk.queue[walk.next++];
      binding.readdir(dir[0], true, false, walk.names, (err, r) => {
        if (err) return callback(err);
        collectRecursive(walk, dir, r[0], r[1]);
        next();
      });
    };
    next();
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
  if (options.recursive) return readdirRecursiveSync(path, withFileTypes, encoding);
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

// ---- links, renames, copies ------------------------------------------------

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

function link(existingPath, newPath, callback) {
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  binding.link(existingPath, newPath, errOnly(maybeCallback(callback)));
}

function linkSync(existingPath, newPath) {
  binding.link(toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath'));
}

function symlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new (errors().codes.ERR_FS_INVALID_SYMLINK_TYPE)(type);
  }
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  symlinkType(type);
  target = toPath(target, 'target');
  path = toPath(path);
  binding.symlink(target, path, errOnly(maybeCallback(callback)));
}

function symlinkSync(target, path, type) {
  symlinkType(type);
  binding.symlink(toPath(target, 'target'), toPath(path));
}

function readlink(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, {});
  binding.readlink(toPath(path, 'oldPath'), withValue(callback, (p) => encodePath(p, options)));
}

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return encodePath(binding.readlink(toPath(path, 'oldPath')), options);
}

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
realpath.native = function native(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = toPath(path);
  binding.realpathFs(path, true, withValue(callback, (p) => encodePath(p, options)));
};

function realpathSync(path, options) {
  options = getOptions(options, {});
  return encodePath(binding.realpathFs(realpathString(path), false), options);
}
realpathSync.native = function native(path, options) {
  options = getOptions(options, {});
  return encodePath(binding.realpathFs(toPath(path), true), options);
};

// ---- permissions, owners, times, sizes -------------------------------------

function chmod(path, mode, callback) {
  path = toPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, errOnly(maybeCallback(callback)));
}

function chmodSync(path, mode) {
  binding.chmod(toPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  validateFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, errOnly(maybeCallback(callback)));
}

function fchmodSync(fd, mode) {
  validateFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

function chown(path, uid, gid, callback) {
  path = toPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, errOnly(maybeCallback(callback)));
}

function chownSync(path, uid, gid) {
  path = toPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  path = toPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, errOnly(maybeCallback(callback)));
}

function lchownSync(path, uid, gid) {
  path = toPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  validateFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid, errOnly(maybeCallback(callback)));
}

function fchownSync(fd, uid, gid) {
  validateFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  path = toPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  binding.utimes(path, a, m, errOnly(maybeCallback(callback)));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(toPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  path = toPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  binding.lutimes(path, a, m, errOnly(maybeCallback(callback)));
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(toPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  validateFd(fd);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  binding.futimes(fd, a, m, errOnly(maybeCallback(callback)));
}

function futimesSync(fd, atime, mtime) {
  validateFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// A length to truncate to: undefined is 0, anything else an integer
// (negative lengths truncate to 0).
function truncateLen(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning(
    'Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
    'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  path = toPath(path);
  len = truncateLen(len);
  binding.truncate(path, len, errOnly(maybeCallback(callback)));
}

function truncateSync(path, len) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  binding.truncate(toPath(path), truncateLen(len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateFd(fd);
  len = truncateLen(len);
  binding.ftruncate(fd, len, errOnly(maybeCallback(callback)));
}

function ftruncateSync(fd, len = 0) {
  validateFd(fd);
  binding.ftruncate(fd, truncateLen(len));
}

function fsync(fd, callback) {
  validateFd(fd);
  binding.fsync(fd, errOnly(maybeCallback(callback)));
}

function fsyncSync(fd) {
  validateFd(fd);
  binding.fsync(fd);
}

function fdatasync(fd, callback) {
  validateFd(fd);
  binding.fdatasync(fd, errOnly(maybeCallback(callback)));
}

function fdatasyncSync(fd) {
  validateFd(fd);
  binding.fdatasync(fd);
}

// ---- module object -----------------------------------------------------------

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync,
  cp: (...a) => require('internal/fs/cp').cp(...a),
  cpSync: (...a) => require('internal/fs/cp').cpSync(...a),
  createReadStream,
  createWriteStream,
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined,
  link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  open, openSync,
  openAsBlob: (...a) => require('internal/fs/promises').openAsBlob(...a),
  readdir, readdirSync, read, readSync, readv, readvSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync,
  rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync,
  truncate, truncateSync,
  unwatchFile: (...a) => require('internal/fs/watchers').unwatchFile(...a),
  unlink, unlinkSync, utimes, utimesSync,
  watch: (...a) => require('internal/fs/watchers').watch(...a),
  watchFile: (...a) => require('internal/fs/watchers').watchFile(...a),
  writeFile, writeFileSync, write, writeSync, writev, writevSync,
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
  get Dir() { return require('internal/fs/dir').Dir; },
  opendir: (...a) => require('internal/fs/dir').opendir(...a),
  opendirSync: (...a) => require('internal/fs/dir').opendirSync(...a),
  F_OK, R_OK, W_OK, X_OK,
  constants: constantsObject,
  get promises() { return require('internal/fs/promises').exports; },
};

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
