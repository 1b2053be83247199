'use strict';
// node:path — POSIX and Windows path functions with Node 20's results
// byte for byte (tools/test-path.js compares both flavours with node's on
// generated paths). The Windows half (internal/path/win32) and the glob
// matcher are loaded on first use.

// internal/validators loads when an argument is checked.
const { validators } = require('internal/lazy');
const {
  SLASH,
  basenamePlain,
  basenameWithSuffix,
  formatPath,
  isPosixSep,
  normalizeSegments,
  scanLastComponent,
} = require('internal/path/common');

function matchesGlob(path, pattern, windows) {
  return require('internal/path/glob').matchesGlob(path, pattern, windows);
}

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      if (typeof path !== 'string') validators().validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    if (typeof path !== 'string') validators().validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    if (typeof path !== 'string') validators().validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      if (typeof args[i] !== 'string') validators().validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    if (typeof from !== 'string') validators().validateString(from, 'from');
    if (typeof to !== 'string') validators().validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const out = [];
    for (let i = common; i < fromParts.length; i++) out.push('..');
    for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
    return out.join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    if (typeof path !== 'string') validators().validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSep = true;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined && typeof suffix !== 'string') validators().validateString(suffix, 'suffix');
    if (typeof path !== 'string') validators().validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithSuffix(path, suffix, 0, isPosixSep);
    }
    return basenamePlain(path, 0, isPosixSep);
  },

  extname(path) {
    if (typeof path !== 'string') validators().validateString(path, 'path');
    const scan = scanLastComponent(path, 0, isPosixSep);
    if (scan.noExt) return '';
    return path.slice(scan.startDot, scan.end);
  },

  format: formatPath.bind(null, '/'),

  parse(path) {
    if (typeof path !== 'string') validators().validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    // The scan stops after the root; a component reaching it counts as
    // starting at 0 (which decides whether `/..` has an extension).
    const scan = scanLastComponent(path, absolute ? 1 : 0, isPosixSep, 0);
    const startPart = scan.startPart;
    if (scan.end !== -1) {
      const start = startPart === 0 && absolute ? 1 : startPart;
      if (scan.noExt) {
        ret.base = ret.name = path.slice(start, scan.end);
      } else {
        ret.name = path.slice(start, scan.startDot);
        ret.base = path.slice(start, scan.end);
        ret.ext = path.slice(scan.startDot, scan.end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// path.win32: functions of the same names and lengths as the real ones,
// which load internal/path/win32 on their first call.
let win32Impl;
const win32 = {};
const kWin32Functions = [
  ['resolve', 0], ['normalize', 1], ['isAbsolute', 1], ['join', 0], ['relative', 2],
  ['toNamespacedPath', 1], ['dirname', 1], ['basename', 2], ['extname', 1],
  ['format', 1], ['parse', 1], ['matchesGlob', 2],
];
for (const [name, length] of kWin32Functions) {
  const fn = function(...args) {
    win32Impl ??= require('internal/path/win32');
    return Reflect.apply(win32Impl[name], win32Impl, args);
  };
  Object.defineProperties(fn, {
    name: { value: name, configurable: true },
    length: { value: length, configurable: true },
  });
  win32[name] = fn;
}
win32.sep = '\\';
win32.delimiter = ';';

posix.posix = posix;
posix.win32 = win32;
win32.win32 = win32;
win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
