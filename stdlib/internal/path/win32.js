'use strict';
// path.win32: the Windows path functions, with Node 20's results. Loaded on
// the first call of one of them (node:path holds forwarding functions).

const { validateString } = require('internal/validators');
const {
  BACKSLASH,
  COLON,
  DOT,
  QUESTION,
  SLASH,
  basenamePlain,
  basenameWithSuffix,
  formatPath,
  isDriveLetter,
  isWinSep,
  normalizeSegments,
  scanLastComponent,
} = require('internal/path/common');

function matchesGlob(path, pattern, windows) {
  return require('internal/path/glob').matchesGlob(path, pattern, windows);
}

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

win32._makeLong = win32.toNamespacedPath;

module.exports = win32;
