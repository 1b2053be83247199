'use strict';
// node:fs — for the Foundation: readFile (one thread-pool request),
// readFileSync and existsSync, which the module loader and the event-loop
// tests need. Everything else of node:fs is the fs issue; until it lands those
// functions throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

function toPath(p, name = 'path') {
  if (typeof p === 'string') return p;
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol === 'file:') {
    return require('url').fileURLToPath(p);
  }
  if (p instanceof Uint8Array) return new TextDecoder().decode(p);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object') return options.encoding ?? null;
  return null;
}

function isText(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function toResult(bytes, encoding) {
  if (encoding === null || encoding === undefined || encoding === 'buffer') {
    return typeof globalThis.Buffer === 'function' ? globalThis.Buffer.from(bytes.buffer) : bytes;
  }
  if (isText(encoding)) return bytes;
  throw new ERR_NOT_IMPLEMENTED(`fs encoding '${encoding}'`);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const file = toPath(path);
  const encoding = encodingOf(options);
  if (encoding !== null && !isText(encoding) && encoding !== 'buffer') {
    throw new ERR_NOT_IMPLEMENTED(`fs encoding '${encoding}'`);
  }
  binding.readFile(file, isText(encoding), (err, data) => {
    if (err) callback(err);
    else callback(null, toResult(data, encoding));
  });
}

function readFileSync(path, options) {
  const file = toPath(path);
  const encoding = encodingOf(options);
  if (isText(encoding)) return binding.readFileUtf8(file);
  return toResult(binding.readFileBytes(file), encoding);
}

function existsSync(path) {
  try {
    return binding.internalModuleStat(toPath(path)) >= 0;
  } catch {
    return false;
  }
}

const constants = Object.freeze({
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_NOCTTY: 256, O_TRUNC: 512,
  O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672,
  O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, UV_FS_COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
});

const pending = [
  'access', 'accessSync', 'appendFile', 'appendFileSync', 'chmod', 'chmodSync', 'chown', 'chownSync',
  'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream',
  'createWriteStream', 'exists', 'fchmod', 'fchmodSync', 'fchown', 'fchownSync', 'fdatasync',
  'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync', 'ftruncate', 'ftruncateSync',
  'futimes', 'futimesSync', 'lchmod', 'lchmodSync', 'lchown', 'lchownSync', 'link', 'linkSync',
  'lstat', 'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync',
  'open', 'openSync', 'opendir', 'opendirSync', 'read', 'readSync', 'readdir', 'readdirSync',
  'readlink', 'readlinkSync', 'readv', 'readvSync', 'realpath', 'realpathSync', 'rename',
  'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statSync', 'statfs', 'statfsSync',
  'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unlink', 'unlinkSync', 'unwatchFile',
  'utimes', 'utimesSync', 'watch', 'watchFile', 'write', 'writeSync', 'writeFile', 'writeFileSync',
  'writev', 'writevSync', 'openAsBlob',
];

const fs = { readFile, readFileSync, existsSync, constants };
for (const name of pending) {
  fs[name] = function notImplemented() {
    throw new ERR_NOT_IMPLEMENTED(`fs.${name}`);
  };
}
for (const name of ['Stats', 'Dirent', 'Dir', 'ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  fs[name] = class {
    constructor() {
      throw new ERR_NOT_IMPLEMENTED(`fs.${name}`);
    }
  };
}
fs.F_OK = 0;
fs.R_OK = 4;
fs.W_OK = 2;
fs.X_OK = 1;
const promises = {};
for (const name of ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchown', 'link',
  'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readFile', 'readdir', 'readlink',
  'realpath', 'rename', 'rm', 'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes',
  'watch', 'writeFile']) {
  promises[name] = function notImplemented() {
    return Promise.reject(new ERR_NOT_IMPLEMENTED(`fsPromises.${name}`));
  };
}
promises.constants = constants;
fs.promises = promises;

module.exports = fs;
