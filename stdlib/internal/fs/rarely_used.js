'use strict';
// The node:fs functions few programs call, compiled on their first call:
// node:fs exports stand-ins for them with the same names and lengths (see
// internal/util/lazy_exports). Also here: recursive readdir.

const binding = internalBinding('fs');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');
const {
  validateInteger,
  parseFileMode,
  maybeCallback,
  errOnly,
  withValue,
  encodePath,
  constants,
  toPath,
  joinPath,
  validateFd,
  getOptions,
  toUnixTimestamp,
  getStats,
  Dirent,
  encodeName,
  kNamesText,
  kNamesBytes,
  isArrayBufferView,
  warnDeprecatedOnce,
} = require('internal/fs/utils');

// ---- readv / writev --------------------------------------------------------

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

// ---- statfs ------------------------------------------------------------------

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFs(a, bigint) {
  const v = bigint ? a.map((n) => BigInt(n)) : a;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
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

// ---- mkdtemp -----------------------------------------------------------------

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

// ---- recursive readdir -------------------------------------------------------

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

function readdirRecursive(base, withFileTypes, encoding, callback) {
  const walk = recursiveWalk(base, withFileTypes, encoding);
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
}

// ---- links -------------------------------------------------------------------

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

function warnTruncateFd() {
  warnDeprecatedOnce('DEP0081', 'Using fs.truncate with a file descriptor is deprecated. ' +
    'Please use fs.ftruncate with a file descriptor instead.');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
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
  if (typeof path === 'number') {
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

module.exports = {
  readv, readvSync, writev, writevSync,
  statfs, statfsSync,
  mkdtemp, mkdtempSync,
  readdirRecursive, readdirRecursiveSync,
  link, linkSync, symlink, symlinkSync, readlink, readlinkSync,
  chmod, chmodSync, fchmod, fchmodSync,
  chown, chownSync, lchown, lchownSync, fchown, fchownSync,
  utimes, utimesSync, lutimes, lutimesSync, futimes, futimesSync,
  truncate, truncateSync, ftruncate, ftruncateSync,
  fsync, fsyncSync, fdatasync, fdatasyncSync,
};
