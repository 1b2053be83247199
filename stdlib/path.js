'use strict';
// node:path — POSIX and Windows path functions with Node 20's results
// byte for byte (tools/test-path.js compares both flavours with node's on
// generated paths).

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QUESTION = 63; // '?'

const isPosixSep = (code) => code === SLASH;
const isWinSep = (code) => code === SLASH || code === BACKSLASH;

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// `..` and `.` resolved out of `path` (no root), its segments joined with
// `sep`. With allowAboveRoot, leading `..` segments are kept.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    if (i > start) {
      const segment = path.slice(start, i);
      if (segment === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (allowAboveRoot) out.push('..');
      } else if (segment !== '.') {
        out.push(segment);
      }
    }
    start = i + 1;
  }
  return out.join(sep);
}

// Scans the last path component of `path` (from its end down to `stop`)
// for basename/extname/parse: where it starts and ends (trailing
// separators excluded) and where its extension starts.
function scanLastComponent(path, stop, isSep, initialStartPart = stop) {
  let startPart = initialStartPart;
  let end = -1;
  let startDot = -1;
  // 0: nothing before the dot yet, 1: only dots, -1: something else.
  let preDot = 0;
  let matchedSep = true;
  for (let i = path.length - 1; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDot !== 1) preDot = 1;
    } else if (startDot !== -1) {
      preDot = -1;
    }
  }
  // No extension: no dot, a leading dot (`.bashrc`), or the component `..`.
  const noExt = startDot === -1 || end === -1 || preDot === 0 ||
    (preDot === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, end, startDot, noExt };
}

function basenameWithSuffix(path, suffix, start, isSep) {
  // The suffix is matched against the component from its end; a mismatch
  // keeps the whole component.
  let suffixIdx = suffix.length - 1;
  let componentEnd = -1;
  let end = -1;
  let matchedSep = true;
  for (let i = path.length - 1; i >= start; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (componentEnd === -1) {
      matchedSep = false;
      componentEnd = i + 1;
    }
    if (suffixIdx >= 0) {
      if (code === suffix.charCodeAt(suffixIdx)) {
        suffixIdx--;
        if (suffixIdx === -1) end = i;
      } else {
        suffixIdx = -1;
        end = componentEnd;
      }
    }
  }
  if (start === end) end = componentEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

function basenamePlain(path, start, isSep) {
  let end = -1;
  for (let i = path.length - 1; i >= start; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------
// Windows roots

// The UNC root `\\server\share` at the start of `path`: the index after the
// share name and the two names, or null. `shareRequired` false also accepts
// `\\server\` followed by nothing.
function matchUncRoot(path) {
  const len = path.length;
  if (len < 2 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === shareStart) return null;
  return { server, share: path.slice(shareStart, j), shareStart, end: j };
}

// win32.relative of two resolved paths by their components, compared
// without case; a different first component (device) keeps `to`.
function relativeByComponents(from, to) {
  const fromParts = from.split('\\');
  const toParts = to.split('\\');
  while (fromParts.length > 1 && fromParts[fromParts.length - 1] === '') fromParts.pop();
  while (toParts.length > 1 && toParts[toParts.length - 1] === '') toParts.pop();
  if (fromParts[0].toLowerCase() !== toParts[0].toLowerCase()) return to;
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common].toLowerCase() === toParts[common].toLowerCase()) {
    common++;
  }
  const out = [];
  for (let i = common; i < fromParts.length; i++) out.push('..');
  for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
  return out.join('\\');
}

function hasDriveRoot(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

// Windows device names that become devices even in relative paths.
const kReservedDevice = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3])$/i;

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // The current directory of `device`, if the environment knows it,
        // else its root.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${device}\\`;
        }
      }

      const len = path.length;
      let rootEnd = 0;
      let pathDevice = '';
      let pathAbsolute = false;
      const code = path.charCodeAt(0);

      if (len === 1) {
        if (isWinSep(code)) {
          rootEnd = 1;
          pathAbsolute = true;
        }
      } else if (isWinSep(code)) {
        pathAbsolute = true;
        if (isWinSep(path.charCodeAt(1))) {
          const unc = matchUncRoot(path);
          if (unc !== null) {
            if (unc.server === '.' || unc.server === '?') {
              // `\\.\` and `\\?\` prefixes: the rest is the path.
              pathDevice = `\\\\${unc.server}`;
              rootEnd = unc.shareStart;
            } else {
              pathDevice = `\\\\${unc.server}\\${unc.share}`;
              rootEnd = unc.end;
            }
          }
        } else {
          rootEnd = 1;
        }
      } else if (hasDriveRoot(path)) {
        pathDevice = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          pathAbsolute = true;
          rootEnd = 3;
        }
      }

      if (pathDevice.length > 0) {
        if (device.length > 0) {
          // A path on another device does not apply.
          if (pathDevice.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = pathDevice;
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(rootEnd)}\\${tail}`;
        absolute = pathAbsolute;
        if (pathAbsolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let absolute = false;
    const code = path.charCodeAt(0);

    if (len === 1) return code === SLASH ? '\\' : path;

    if (isWinSep(code)) {
      absolute = true;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null && (unc.server === '.' || unc.server === '?')) {
          // `\\.\` and `\\?\` prefixes: the rest is the path.
          device = `\\\\${unc.server}`;
          rootEnd = unc.shareStart;
        } else if (unc !== null) {
          if (unc.end === len) {
            // Nothing but the UNC root.
            return `\\\\${unc.server}\\${unc.share}\\`;
          }
          device = `\\\\${unc.server}\\${unc.share}`;
          rootEnd = unc.end;
        }
      } else {
        rootEnd = 1;
      }
    } else if (hasDriveRoot(path)) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isWinSep(path.charCodeAt(2))) {
        absolute = true;
        rootEnd = 3;
      }
    } else {
      // `CON:`, `nul:`...: a device even without a drive; kept relative.
      // (Without a colon, Node 20 tests the path minus its last character.)
      const colon = path.indexOf(':');
      if (kReservedDevice.test(path.slice(0, colon))) {
        device = `.\\${path.slice(0, colon + 1)}`;
        rootEnd = colon + 1;
      }
    }

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    if (!absolute && device === undefined && path.includes(':')) {
      // A relative path must not come out looking like a drive (`C:x`) or
      // a stream name: such results are prefixed with `.\`.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }

    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON &&
       isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    const first = parts[0];

    // Leading separators are collapsed to one, so that normalize() does not
    // take the result for a UNC path, unless the first part clearly is one
    // (exactly two separators, then a name).
    const uncFirst = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!uncFirst) {
      let seps = 0;
      while (seps < joined.length && isWinSep(joined.charCodeAt(seps))) seps++;
      if (seps >= 2) joined = `\\${joined.slice(seps)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      // Lower-casing changed a length (`İ`): Node 20 compares whole path
      // components then.
      return relativeByComponents(fromOrig, toOrig);
    }

    // Leading backslashes are skipped, trailing ones (UNC roots) dropped.
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different roots: the destination as it is.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH) {
          // `from` is a parent of `to`.
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // `from` is a drive root.
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) {
          // `to` is a parent of `from`.
          lastCommonSep = i;
        } else if (i === 2) {
          // `to` is a drive root.
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    const ups = [];
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) ups.push('..');
    }
    toStart += lastCommonSep;
    if (ups.length > 0) return `${ups.join('\\')}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) {
          // A UNC path, in its long form.
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (hasDriveRoot(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);

    if (len === 1) return isWinSep(code) ? path : '.';

    if (isWinSep(code)) {
      rootEnd = offset = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null) {
          if (unc.end === len) return path;
          rootEnd = offset = unc.end + 1;
        }
      }
    } else if (hasDriveRoot(path)) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }

    let end = -1;
    let matchedSep = true;
    for (let i = len - 1; i >= offset; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive prefix is not part of the name: `C:\` is not a trailing
    // separator to drop.
    const start = hasDriveRoot(path) ? 2 : 0;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithSuffix(path, suffix, start, isWinSep);
    }
    return basenamePlain(path, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = hasDriveRoot(path) ? 2 : 0;
    const scan = scanLastComponent(path, start, isWinSep);
    if (scan.noExt) return '';
    return path.slice(scan.startDot, scan.end);
  },

  format: formatPath.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const len = path.length;
    let rootEnd = 0;
    const code = path.charCodeAt(0);

    if (len === 1) {
      if (isWinSep(code)) {
        ret.root = ret.dir = path;
      } else {
        ret.base = ret.name = path;
      }
      return ret;
    }

    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
      }
    } else if (hasDriveRoot(path)) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const scan = scanLastComponent(path, rootEnd, isWinSep);
    if (scan.end !== -1) {
      ret.base = path.slice(scan.startPart, scan.end);
      if (scan.noExt) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(scan.startPart, scan.startDot);
        ret.ext = path.slice(scan.startDot, scan.end);
      }
    }
    // The root as the directory keeps its separator (`C:\`), other
    // directories lose theirs.
    if (scan.startPart > 0 && scan.startPart !== rootEnd) {
      ret.dir = path.slice(0, scan.startPart - 1);
    } else {
      ret.dir = ret.root;
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
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
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
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
    validateString(path, 'path');
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
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithSuffix(path, suffix, 0, isPosixSep);
    }
    return basenamePlain(path, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const scan = scanLastComponent(path, 0, isPosixSep);
    if (scan.noExt) return '';
    return path.slice(scan.startDot, scan.end);
  },

  format: formatPath.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
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

// ---------------------------------------------------------------------------
// matchesGlob: glob patterns as minimatch reads them (`*`, `**`, `?`,
// classes, braces, extglobs), without matching dot files implicitly.

let warnedGlob = false;
const globCache = new Map();

function expandBraces(pattern) {
  // The first top-level {a,b} or {x..y} group, expanded recursively.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      i++;
    } else if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const before = pattern.slice(0, open);
        const after = pattern.slice(i + 1);
        const alternatives = splitBraceBody(body);
        if (alternatives === null) {
          const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
          if (range === null) {
            return expandBraces(after).map((rest) => `${before}{${body}}${rest}`);
          }
          const values = [];
          const numeric = /\d/.test(range[1]);
          let a = numeric ? Number(range[1]) : range[1].charCodeAt(0);
          const b = numeric ? Number(range[2]) : range[2].charCodeAt(0);
          const step = a <= b ? 1 : -1;
          for (; step > 0 ? a <= b : a >= b; a += step) {
            values.push(numeric ? String(a) : String.fromCharCode(a));
          }
          const out = [];
          for (const v of values) {
            for (const rest of expandBraces(after)) out.push(`${before}${v}${rest}`);
          }
          return out;
        }
        const out = [];
        for (const alt of alternatives) {
          for (const expanded of expandBraces(`${before}${alt}${after}`)) out.push(expanded);
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitBraceBody(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(body.slice(start));
  return parts;
}

function escapeRegExp(str) {
  return str.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const kPosixClasses = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z',
  print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};

// A bracket expression starting at `start` (its `[`): [regexp source, index
// after it], or null when it is not closed.
function parseClass(glob, start) {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  const parts = [];
  let first = true;
  while (i < glob.length) {
    const c = glob[i];
    if (c === ']' && !first) {
      const body = parts.join('');
      return [negate ? `[^/${body}]` : `[${body}]`, i + 1];
    }
    first = false;
    if (c === '[' && glob[i + 1] === ':') {
      const close = glob.indexOf(':]', i + 2);
      if (close !== -1 && kPosixClasses[glob.slice(i + 2, close)] !== undefined) {
        parts.push(kPosixClasses[glob.slice(i + 2, close)]);
        i = close + 2;
        continue;
      }
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') parts.push(`\\${c}`);
    else parts.push(c);
    i++;
  }
  return null;
}

// The closing parenthesis of the extglob group opening at `open`, or -1.
function closeParen(glob, open) {
  let depth = 0;
  for (let j = open; j < glob.length; j++) {
    if (glob[j] === '(') depth++;
    else if (glob[j] === ')') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

// A glob (one path segment) as a regular expression source. `atStart`:
// the source begins a segment, where `*`, `?` and classes do not match a
// leading dot.
function globSource(glob, atStart) {
  const out = [];
  let i = 0;
  const len = glob.length;
  while (i < len) {
    const c = glob[i];
    const here = atStart && out.length === 0;
    if ('?*+@!'.includes(c) && glob[i + 1] === '(') {
      const close = closeParen(glob, i + 1);
      if (close !== -1) {
        const alts = glob.slice(i + 2, close).split('|').map((alt) => globSource(alt, false));
        const group = `(?:${alts.join('|')})`;
        const dotGuard = here ? '(?!\\.)' : '';
        if (c === '?') out.push(`${dotGuard}${group}?`);
        else if (c === '*') out.push(`${dotGuard}${group}*`);
        else if (c === '+') out.push(`${dotGuard}${group}+`);
        else if (c === '@') out.push(`${dotGuard}${group}`);
        else {
          const rest = globSource(glob.slice(close + 1), false);
          out.push(`${dotGuard}(?:(?!${group}${rest}$)[^/]*?)`);
        }
        i = close + 1;
        continue;
      }
    }
    if (c === '*') {
      while (glob[i] === '*') i++;
      // A lone star needs at least one character.
      const only = here && i === len;
      out.push(`${here ? '(?!\\.)' : ''}[^/]*?`.replace('*?', only ? '+?' : '*?'));
    } else if (c === '?') {
      out.push(`${here ? '(?!\\.)' : ''}[^/]`);
      i++;
    } else if (c === '[') {
      const cls = parseClass(glob, i);
      if (cls === null) {
        out.push('\\[');
        i++;
      } else {
        out.push(`${here ? '(?!\\.)' : ''}${cls[0]}`);
        i = cls[1];
      }
    } else {
      out.push(escapeRegExp(c));
      i++;
    }
  }
  return out.join('');
}

function globToMatcher(pattern, windows) {
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let matcher = globCache.get(key);
  if (matcher !== undefined) return matcher;
  // Backslashes are path separators in patterns (windowsPathsNoEscape).
  const source = pattern.replaceAll('\\', '/');
  const alternatives = expandBraces(source).map((expanded) =>
    expanded.split('/').map((segment) =>
      (segment === '**' ? '**' : new RegExp(`^${globSource(segment, true)}$`))));
  matcher = (path) => {
    const raw = (windows ? path.replaceAll('\\', '/') : path).split('/');
    // Repeated separators count as one.
    const segments = raw.filter((seg, i) => seg !== '' || i === 0 || i === raw.length - 1);
    return alternatives.some((parts) => matchSegments(segments, 0, parts, 0));
  };
  globCache.set(key, matcher);
  return matcher;
}

function matchSegments(segments, si, parts, pi) {
  while (pi < parts.length) {
    const part = parts[pi];
    if (part === '**') {
      if (pi === parts.length - 1) {
        // A trailing `**` takes at least one more segment, none a dot file.
        if (si >= segments.length) return false;
        for (let k = si; k < segments.length; k++) {
          if (segments[k].startsWith('.')) return false;
        }
        return true;
      }
      // Any number of segments, none starting with a dot.
      for (let k = si; k <= segments.length; k++) {
        if (matchSegments(segments, k, parts, pi + 1)) return true;
        if (k < segments.length && segments[k].startsWith('.')) return false;
      }
      return false;
    }
    if (si >= segments.length || !part.test(segments[si])) return false;
    si++;
    pi++;
  }
  // A trailing separator after a full match is fine.
  return si === segments.length || (si === segments.length - 1 && segments[si] === '');
}

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!warnedGlob) {
    warnedGlob = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  return globToMatcher(pattern, windows)(path);
}

posix.posix = posix;
posix.win32 = win32;
win32.posix = posix;
win32.win32 = win32;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
