'use strict';
// path.matchesGlob for both flavours: loaded on its first call.

const { validateString } = require('internal/validators');

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

module.exports = { matchesGlob };
