'use strict';
// Helpers shared by node:path's POSIX and Windows halves.

// internal/validators loads when an argument is checked.
const { validators } = require('internal/lazy');

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
  validators().validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = {
  BACKSLASH,
  COLON,
  DOT,
  QUESTION,
  SLASH,
  basenamePlain,
  basenameWithSuffix,
  formatPath,
  isDriveLetter,
  isPosixSep,
  isWinSep,
  normalizeSegments,
  scanLastComponent,
};
