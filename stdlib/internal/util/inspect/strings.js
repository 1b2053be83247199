'use strict';
// The strings util.inspect does not print as they are: those longer than a
// line, split into one quoted string per line, and strings and keys that
// contain control characters, backslashes, lone surrogates or the quote they
// are printed in, escaped. internal/util/inspect loads this module for the
// first such string.

// Escapes for code units that never print raw, indexed by char code (< 160).
const meta = [];
for (let i = 0; i < 160; i++) {
  if (i < 32 || i > 126) meta.push(`\\x${i.toString(16).toUpperCase().padStart(2, '0')}`);
  else meta.push('');
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// internal/util/inspect's helpers, handed over when it loads this module,
// and its test for the characters a key shows escaped, made global.
let core;
let keyEscapeRegExp;
function init(shared) {
  core = shared;
  keyEscapeRegExp = new RegExp(shared.keyNeedsEscapeRegExp.source, 'g');
}

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < 160 ? meta[code] : `\\u${code.toString(16)}`;
}

// Escapes `str` so that, wrapped in the quote `quote` (a char code, or -1 when
// no quote char needs escaping), it reads back as the original string.
function escapeString(str, quote) {
  let out;
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let rep;
    if (code === quote || code === 92 || code < 32 || (code > 126 && code < 160)) {
      rep = meta[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = `\\u${code.toString(16)}`;
    } else {
      continue;
    }
    if (out === undefined) out = [];
    if (last !== i) out.push(str.slice(last, i));
    out.push(rep);
    last = i + 1;
  }
  if (out === undefined) return str;
  if (last !== str.length) out.push(str.slice(last));
  return out.join('');
}

function escapeForKey(str) {
  return str.replace(keyEscapeRegExp, escapeChar);
}

// Splits after every line feed, keeping the '\n' at the end of each piece.
function splitLines(str) {
  const lines = [];
  let start = 0;
  let pos;
  while ((pos = str.indexOf('\n', start)) !== -1) {
    lines.push(str.slice(start, pos + 1));
    start = pos + 1;
  }
  if (start < str.length) lines.push(str.slice(start));
  return lines;
}

// A long string as one quoted string per line (each ending with its '\n'),
// joined with ` +`.
function formatLines(fn, value, ctx) {
  const lines = splitLines(value);
  for (let i = 0; i < lines.length; i++) lines[i] = fn(core.strEscape(lines[i]), 'string');
  return lines.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`);
}

module.exports = { init, escapeString, escapeForKey, formatLines };
