'use strict';
// How util.inspect formats errors: the stack (with a `Name [tag]` prefix for
// subclasses and tagged errors), frames shared with the cause's stack folded,
// core and node_modules frames coloured, and `cause` / `errors` listed as
// properties. internal/util/inspect loads this module for the first error it
// formats.

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

function describeError(ctx, value, shape) {
  shape.base = formatError(value, shape.constructor, shape.tag, ctx, shape.keys);
  if (shape.keys.length === 0 && shape.protoProps === undefined) return shape.base;
  return undefined;
}

function errorToString(err) {
  return Error.prototype.toString.call(err);
}

// The stack trace, or `Name: message` for errors without one. Engines whose
// stacks list only frames get the `Name: message` line prepended.
function getStackString(err) {
  let stack = err.stack;
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (stack.startsWith('    at ')) {
    // Frames only (and possibly a trailing line feed): add the header.
    let end = stack.length;
    while (end > 0 && stack[end - 1] === '\n') end--;
    return `${errorToString(err)}\n${stack.slice(0, end)}`;
  }
  return stack;
}

// Hides name/message/stack keys whose values the stack already shows.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Gives "regular looking" errors a prefix naming their constructor and tag.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = core.getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Where the longest run (> 3) of frames shared with the cause's frames starts.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && core.isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// A builtin module id, as the loader knows them; `internal/...` ids count
// too.
function isBuiltinModuleId(id) {
  return id.startsWith('internal/') || require('internal/modules/cjs/loader').canBeRequiredByUsers(id);
}

// Underlines package names after each `node_modules` path segment
// (`@scope/name` for scoped packages).
function markNodeModules(ctx, line) {
  const parts = [];
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@' && moduleEnd !== -1) {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
    }
    if (moduleEnd === -1) break;
    parts.push(line.slice(lastPos, moduleStart), ctx.stylize(line.slice(moduleStart, moduleEnd), 'module'));
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos === 0) return line;
  parts.push(line.slice(lastPos));
  return parts.join('');
}

// Greys out the working directory part of a frame's location.
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  const parts = [line.slice(0, start), ctx.stylize(line.slice(start, cwdEnd), 'undefined'),
    line.slice(cwdEnd, end)];
  if (end === -1) parts.push(ctx.stylize(')', 'undefined'));
  return parts.join('');
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function fileUrlOf(path) {
  return `file://${encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
}

function colorStackFrames(ctx, lines) {
  const cwd = safeCwd();
  let esmCwd;
  const out = [];
  for (let line of lines) {
    const coreFrame = coreModuleRegExp.exec(line);
    if (coreFrame !== null && isBuiltinModuleId(coreFrame[1])) {
      out.push(ctx.stylize(line, 'undefined'));
      continue;
    }
    line = markNodeModules(ctx, line);
    if (cwd !== undefined) {
      let marked = markCwd(ctx, line, cwd);
      if (marked === line) {
        if (esmCwd === undefined) esmCwd = fileUrlOf(cwd);
        marked = markCwd(ctx, line, esmCwd);
      }
      line = marked;
    }
    out.push(line);
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError and friends.
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain '\n    at'.
  const message = err.message;
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    let lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) lines = colorStackFrames(ctx, lines);
    stack = `${head}\n${lines.join('\n')}`;
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { init, describeError };
