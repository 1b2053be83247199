'use strict';
// assert.ok() without a message: Node shows the source text of the failing
// call, `The expression evaluated to a falsy value:\n\n  assert(x === 1)\n`.
// The call site comes from a captured stack; the file is read and the call
// expression around the reported position is cut out of it.

const kWrapperLength = '(function (exports, require, module, __filename, __dirname) {'.length;

// Source text per file (null when it cannot be read), and messages per site.
const sourceCache = new Map();
const messageCache = new Map();

function readSource(filename) {
  if (sourceCache.has(filename)) return sourceCache.get(filename);
  let text = null;
  try {
    let file = filename;
    if (file.startsWith('file://')) file = require('url').fileURLToPath(file);
    text = internalBinding('fs').readFileUtf8(file, 0);
  } catch {
    text = null;
  }
  if (typeof text !== 'string') text = null;
  sourceCache.set(filename, text);
  return text;
}

// `at fn (file:line:col)` or `at file:line:col` → { file, line, column }.
function parseFrame(frame) {
  const m = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(frame);
  if (m === null) return null;
  const file = m[1];
  if (file.startsWith('node:') || file.includes('<anonymous>') || file.startsWith('eval at') ||
      file.startsWith('unknown')) {
    return null;
  }
  return { file, line: Number(m[2]), column: Number(m[3]) };
}

function callSite(fn) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  const holder = {};
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  const stack = holder.stack;
  if (typeof stack !== 'string') return null;
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s+at /.test(lines[i])) return parseFrame(lines[i]);
  }
  return null;
}

const isIdentChar = (c) => /[\w$\u0080-\uffff]/.test(c);

// Skip a string, template or comment starting at `i`; returns the index
// after it, or -1 when `i` starts none of those.
function skipLiteral(code, i) {
  const c = code[i];
  if (c === '\'' || c === '"') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === c) return j + 1;
      else if (code[j] === '\n') return j;
    }
    return code.length;
  }
  if (c === '`') {
    let depth = 0;
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') {
        j++;
      } else if (depth === 0 && code[j] === '`') {
        return j + 1;
      } else if (code[j] === '$' && code[j + 1] === '{') {
        depth++;
        j++;
      } else if (depth > 0 && code[j] === '}') {
        depth--;
      }
    }
    return code.length;
  }
  if (c === '/' && code[i + 1] === '/') {
    const nl = code.indexOf('\n', i);
    return nl === -1 ? code.length : nl;
  }
  if (c === '/' && code[i + 1] === '*') {
    const close = code.indexOf('*/', i + 2);
    return close === -1 ? code.length : close + 2;
  }
  return -1;
}

// Index of the bracket closing the one at `open`, or -1.
function matchForward(code, open) {
  const stack = [];
  let prev = '';
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    const after = skipLiteral(code, i);
    if (after !== -1) {
      i = after - 1;
      prev = 'x';
      continue;
    }
    if (c === '/' && !/[\w$)\]]/.test(prev)) {
      // A regular expression literal.
      let j = i + 1;
      let inClass = false;
      for (; j < code.length && code[j] !== '\n'; j++) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        else if (code[j] === '/' && !inClass) break;
      }
      i = j;
      prev = 'x';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
    } else if (c === ')' || c === ']' || c === '}') {
      stack.pop();
      if (stack.length === 0) return i;
    }
    if (!/\s/.test(c)) prev = c;
  }
  return -1;
}

// Index of the bracket opening the one closing at `close`, within one line.
function matchBackward(line, close) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = line[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      depth--;
      if (depth === 0) return pairs[line[close]] === c ? i : -1;
    }
  }
  return -1;
}

// Start of the callee whose argument list opens at `paren` in `line`.
function calleeStart(line, paren) {
  let i = paren - 1;
  while (i >= 0 && /\s/.test(line[i])) i--;
  let start = paren;
  for (;;) {
    // One operand: an identifier or a bracketed group, possibly after more.
    if (i >= 0 && (line[i] === ']' || line[i] === ')')) {
      const open = matchBackward(line, i);
      if (open === -1) break;
      start = open;
      i = open - 1;
      while (i >= 0 && /\s/.test(line[i])) i--;
      if (line[open] === '[' && i >= 0 && (isIdentChar(line[i]) || line[i] === ']' ||
                                            line[i] === ')')) {
        continue; // `a[...]`: the object comes next.
      }
    } else if (i >= 0 && isIdentChar(line[i])) {
      while (i >= 0 && isIdentChar(line[i])) i--;
      start = i + 1;
    } else {
      break;
    }
    // Member access: `.` or `?.`.
    let j = i;
    while (j >= 0 && /\s/.test(line[j])) j--;
    if (j >= 0 && line[j] === '.' && !(j > 0 && line[j - 1] === '.')) {
      j--;
      if (j >= 0 && line[j] === '?') j--;
      while (j >= 0 && /\s/.test(line[j])) j--;
      i = j;
    } else {
      break;
    }
  }
  return start;
}

function escapeControl(str) {
  return str.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The text of the call at `line:column` of `source` (column: its `(`, as the
// engine reports call positions, or its callee).
function extractCall(source, lineNumber, column) {
  let lineStart = 0;
  for (let n = 1; n < lineNumber; n++) {
    const nl = source.indexOf('\n', lineStart);
    if (nl === -1) return null;
    lineStart = nl + 1;
  }
  let lineEnd = source.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd);

  const candidates = [column - 1];
  if (lineNumber === 1) candidates.push(column - 1 - kWrapperLength);
  let paren = -1;
  for (const pos of candidates) {
    if (pos < 0 || pos >= line.length) continue;
    if (line[pos] === '(') {
      paren = pos;
      break;
    }
    // A callee position: the argument list follows it.
    if (isIdentChar(line[pos])) {
      let j = pos;
      while (j < line.length && isIdentChar(line[j])) j++;
      while (j < line.length && /\s/.test(line[j])) j++;
      if (line[j] === '(') {
        paren = j;
        break;
      }
    }
  }
  if (paren === -1) return null;
  const start = calleeStart(line, paren);
  const close = matchForward(source, lineStart + paren);
  if (close === -1) return null;
  return { column: start, code: source.slice(lineStart + start, close + 1) };
}

// The generated message of a failed assert.ok(), or undefined when the
// source of the call cannot be found.
function getErrMessage(fn) {
  const site = callSite(fn);
  if (site === null) return undefined;
  const key = `${site.file}:${site.line}:${site.column}`;
  if (messageCache.has(key)) return messageCache.get(key);
  const source = readSource(site.file);
  if (source === null) return undefined;
  const call = extractCall(source, site.line, site.column);
  if (call === null) return undefined;
  let code = escapeControl(call.code);
  if (code.includes('\n')) {
    // Normalise the indentation of the following lines.
    const lines = code.split('\n');
    const out = [lines[0]];
    for (let i = 1; i < lines.length; i++) {
      let pos = 0;
      const frame = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
      while (pos < call.column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
      out.push(`\n  ${frame.slice(pos)}`);
    }
    code = out.join('');
  }
  const message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  messageCache.set(key, message);
  return message;
}

module.exports = { getErrMessage };
