'use strict';
// The REPL's evaluator: runs one input as a global script, keeps the last
// value in `_`, and reports input that is still open (brackets, strings,
// template literals) as incomplete so the terminal asks for more.

const { runScript } = internalBinding('contextify');

let inspect;
let lastValueSet = false;

// Whether `code` ends inside an open bracket, string, template or comment.
function isOpen(code) {
  const stack = [];
  let quote = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      else if (quote === '`' && c === '$' && code[i + 1] === '{') {
        stack.push('`');
        quote = null;
        i++;
      }
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      if (end === -1) return false;
      i = end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return true;
      i = end + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
    } else if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      if (open === '`') quote = '`';
    }
  }
  return quote !== null || stack.length > 0;
}

function evaluate(code) {
  inspect ??= require('internal/util/inspect').inspect;
  const colors = Boolean(process.stdout.isTTY) && process.stdout.getColorDepth() > 2;
  let value;
  try {
    // An object literal at the start is an expression, as in Node's REPL.
    const source = /^\s*\{/.test(code) && !/;\s*$/.test(code.trim()) ? `(${code})` : code;
    value = runScript(source, 'REPL');
  } catch (err) {
    if (err instanceof SyntaxError && isOpen(code)) return ['incomplete'];
    return ['error', `Uncaught ${inspect(err, { colors })}`];
  }
  if (!lastValueSet || Object.getOwnPropertyDescriptor(globalThis, '_')?.configurable) {
    Object.defineProperty(globalThis, '_', { value, writable: true, configurable: true, enumerable: false });
    lastValueSet = true;
  }
  return ['value', inspect(value, { colors })];
}

module.exports = { evaluate, isOpen };
