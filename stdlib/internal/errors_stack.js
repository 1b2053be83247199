'use strict';
// V8-shaped `error.stack`: `Name: message` followed by `    at …` frames, with
// `Error.stackTraceLimit` and `Error.captureStackTrace`. Boa records the frames
// when an error is created; this wraps its `stack` accessor to add the header
// (computed on first access, then kept) and to apply the limit.

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
function rewriteFrame(line) {
  return line.replace(/^(\s*at )<main> \((.*)\)$/, '$1$2');
}

function limitFrames(lines) {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || Number.isNaN(limit)) return [];
  if (limit === Infinity) return lines;
  return lines.slice(0, Math.max(0, Math.floor(limit)));
}

function install() {
  const descriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const engineGet = descriptor && descriptor.get;
  if (typeof engineGet !== 'function') return;

  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      if (kCaptured.has(this)) return kCaptured.get(this);
      const frames = engineGet.call(this);
      if (frames === undefined) return undefined;
      const lines = limitFrames(frameLines(frames));
      const stack = lines.length > 0 ? `${header(this)}\n${lines.join('\n')}` : header(this);
      kCaptured.set(this, stack);
      return stack;
    },
    set(value) {
      Object.defineProperty(this, 'stack', {
        value, writable: true, configurable: true, enumerable: false,
      });
    },
  });

  if (typeof Error.stackTraceLimit !== 'number') {
    Object.defineProperty(Error, 'stackTraceLimit', {
      value: 10, writable: true, configurable: true, enumerable: true,
    });
  }

  Object.defineProperty(Error, 'captureStackTrace', {
    writable: true,
    configurable: true,
    enumerable: false,
    value: function captureStackTrace(target, constructorOpt) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
        throw new TypeError('Invalid argument');
      }
      const saved = Error.stackTraceLimit;
      let lines = frameLines(engineGet.call(new Error()));
      // Drop this function's own frame, and everything above constructorOpt.
      lines = lines.slice(1);
      if (typeof constructorOpt === 'function' && constructorOpt.name) {
        const at = lines.findIndex((l) => l.trimStart().startsWith(`at ${constructorOpt.name} `) ||
          l.includes(`.${constructorOpt.name} (`) || l.includes(`new ${constructorOpt.name} (`));
        if (at !== -1) lines = lines.slice(at + 1);
      }
      lines = limitFrames(lines);
      Error.stackTraceLimit = saved;
      const stack = lines.length > 0 ? `${header(target)}\n${lines.join('\n')}` : header(target);
      Object.defineProperty(target, 'stack', {
        value: stack, writable: true, configurable: true, enumerable: false,
      });
    },
  });
}

module.exports = { install, header };
