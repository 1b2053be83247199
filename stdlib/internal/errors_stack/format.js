'use strict';
// The formatting behind internal/errors_stack's `stack` accessor and
// Error.captureStackTrace: Boa's frames become V8's `Name: message` header
// and `    at …` lines, cut to Error.stackTraceLimit.

const { lineOneShifts } = require('internal/errors_stack');

// The stack of each error whose stack was read, computed once.
const kCaptured = new WeakMap();

function header(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function frameLines(text) {
  if (typeof text !== 'string' || text === '') return [];
  return text.split('\n').filter((line) => line.length > 0).map(rewriteFrame);
}

// Boa names top-level code `<main>`; V8 prints such frames without a name.
// On line 1 of a CommonJS module the column is the file's, not the
// wrapper's.
function rewriteFrame(line) {
  return unshiftLineOne(line.replace(/^(\s*at )<main> \((.*)\)$/, '$1$2'));
}

function unshiftLineOne(line) {
  if (lineOneShifts.size === 0) return line;
  const match = /^(\s*at (?:.*\()?)(.*):1:(\d+)(\)?)$/.exec(line);
  if (match === null) return line;
  const shift = lineOneShifts.get(match[2]);
  if (shift === undefined) return line;
  return `${match[1]}${match[2]}:1:${Math.max(1, Number(match[3]) - shift)}${match[4]}`;
}

function limitFrames(lines) {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || Number.isNaN(limit)) return [];
  if (limit === Infinity) return lines;
  return lines.slice(0, Math.max(0, Math.floor(limit)));
}

function stackText(err, lines) {
  return lines.length > 0 ? `${header(err)}\n${lines.join('\n')}` : header(err);
}

// `err.stack` through the engine's getter `engineGet`.
function stackOf(err, engineGet) {
  if (kCaptured.has(err)) return kCaptured.get(err);
  const frames = engineGet.call(err);
  if (frames === undefined) return undefined;
  const stack = stackText(err, limitFrames(frameLines(frames)));
  kCaptured.set(err, stack);
  return stack;
}

// Error.captureStackTrace(target, constructorOpt): `frames` were recorded
// in it, its own frame first.
function captureStackTrace(target, constructorOpt, frames) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  // Drop captureStackTrace's own frame, and everything above constructorOpt.
  let lines = frameLines(frames).slice(1);
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const at = lines.findIndex((l) => l.trimStart().startsWith(`at ${constructorOpt.name} `) ||
      l.includes(`.${constructorOpt.name} (`) || l.includes(`new ${constructorOpt.name} (`));
    if (at !== -1) lines = lines.slice(at + 1);
  }
  Object.defineProperty(target, 'stack', {
    value: stackText(target, limitFrames(lines)),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

module.exports = { stackOf, captureStackTrace };
