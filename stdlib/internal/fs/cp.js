'use strict';
// fs.cp / fs.cpSync / fsPromises.cp. The copy is written once as a generator
// that yields file-system steps; the sync driver runs each with the *Sync
// function, the async driver with the callback function (one pool request
// per step), so the async form never touches the disk on the JS thread.

const fs = require('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { toPath } = require('internal/fs/utils');

const defaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function cpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  const o = { ...defaults, ...options };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks']) {
    if (typeof o[key] !== 'boolean') throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'boolean', o[key]);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

const op = (name, ...args) => ({ name, args });

function sysErr(Ctor, code, errno, message, path) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function* statOrNull(name, path) {
  try {
    return yield op(name, path);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* copyTree(src, dest, opts) {
  if (opts.filter) {
    const keep = yield op('filter', src, dest);
    if (!keep) return;
  }
  const srcStat = yield op(opts.dereference ? 'stat' : 'lstat', src);
  const destStat = yield* statOrNull(opts.dereference ? 'stat' : 'lstat', dest);
  if (destStat && srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
    throw sysErr(ERR_FS_CP_EINVAL, 'EINVAL', 22, 'src and dest cannot be the same', dest);
  }
  if (srcStat.isDirectory() && !opts.recursive) {
    throw sysErr(ERR_FS_EISDIR, 'EISDIR', 22, `${src} is a directory (not copied)`, src);
  }
  if (destStat) {
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw sysErr(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw sysErr(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw sysErr(ERR_FS_CP_EINVAL, 'EINVAL', 22,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (srcStat.isDirectory()) {
    if (!destStat) yield op('mkdir', dest, { mode: srcStat.mode & 0o7777 });
    const names = yield op('readdir', src);
    for (const name of names) {
      yield* copyTree(pathModule.join(src, name), pathModule.join(dest, name), opts);
    }
    if (!destStat) yield op('chmod', dest, srcStat.mode & 0o7777);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw sysErr(ERR_FS_CP_EEXIST, 'EEXIST', 17, `${dest} already exists`, dest);
        }
        return;
      }
      yield op('unlink', dest);
    }
    yield op('copyFile', src, dest, opts.mode);
    if (opts.preserveTimestamps) yield op('utimes', dest, srcStat.atime, srcStat.mtime);
  } else if (srcStat.isSymbolicLink()) {
    let target = yield op('readlink', src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) yield op('unlink', dest);
    yield op('symlink', target, dest);
  } else if (srcStat.isFIFO()) {
    throw sysErr(ERR_FS_CP_FIFO_PIPE, 'EINVAL', 22, `cannot copy a FIFO pipe: ${dest}`, dest);
  } else if (srcStat.isSocket()) {
    throw sysErr(ERR_FS_CP_SOCKET, 'EINVAL', 22, `cannot copy a socket file: ${dest}`, dest);
  } else {
    throw sysErr(ERR_FS_CP_UNKNOWN, 'EINVAL', 22, `cannot copy an unknown file type: ${dest}`, dest);
  }
}

function* cpRoot(src, dest, opts) {
  const srcStat = yield op(opts.dereference ? 'stat' : 'lstat', src);
  // Node's cp works on path strings: a Buffer path fails in its path
  // helpers once src is known (path.dirname for a file, path.resolve for a
  // directory).
  if (typeof src !== 'string' || typeof dest !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(srcStat.isDirectory() ? 'paths[0]' : 'path', 'string',
      typeof src !== 'string' ? src : dest);
  }
  const destParent = pathModule.dirname(dest);
  const parentStat = yield* statOrNull('stat', destParent);
  if (!parentStat) yield op('mkdir', destParent, { recursive: true });
  yield* copyTree(src, dest, opts);
}

function cpSync(src, dest, options) {
  const opts = cpOptions(options);
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  const gen = cpRoot(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const { name, args } = step.value;
    let value;
    let error;
    let failed = false;
    try {
      value = name === 'filter' ? opts.filter(...args) : fs[`${name}Sync`](...args);
    } catch (err) {
      failed = true;
      error = err;
    }
    step = failed ? gen.throw(error) : gen.next(value);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = cpOptions(options);
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  const gen = cpRoot(src, dest, opts);
  const advance = (failed, value) => {
    let step;
    try {
      step = failed ? gen.throw(value) : gen.next(value);
    } catch (err) {
      callback(err);
      return;
    }
    if (step.done) {
      callback(null);
      return;
    }
    const { name, args } = step.value;
    if (name === 'filter') {
      Promise.resolve().then(() => opts.filter(...args))
        .then((v) => advance(false, v), (e) => advance(true, e));
      return;
    }
    fs[name](...args, (err, v) => (err ? advance(true, err) : advance(false, v)));
  };
  advance(false, undefined);
}

module.exports = { cp, cpSync };
