'use strict';
// Uncaught exceptions: the 'uncaughtException' event, and Node's stderr
// report when nothing handles an error.

const binding = internalBinding('process_methods');

let inspectFn;
function inspect(value) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value);
}

// `file:line`, the source line and a caret under the column of the first
// frame in user code, as V8 prints above an uncaught error.
function sourceContext(err) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return '';
  const match = /\(?((?:\/|file:)[^():]+):(\d+):(\d+)\)?\s*$/m.exec(stack);
  if (!match) return '';
  const [, file, lineText, colText] = match;
  let text;
  try {
    text = internalBinding('fs').readFileUtf8(file);
  } catch {
    return '';
  }
  const line = text.split('\n')[Number(lineText) - 1];
  if (line === undefined) return '';
  const caret = ' '.repeat(Math.max(0, Number(colText) - 1)) + '^';
  return `${file}:${lineText}\n${line}\n${caret}\n`;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && typeof value.stack === 'string';
}

// An error thrown by EventEmitter#emit for an unhandled 'error' event carries
// a function that adds "Emitted 'error' event at:" frames to its stack; Node
// prints that stack in place of the plain one.
function inspectFatal(err) {
  const shown = inspect(err);
  const { kEnhanceStackBeforeInspector } = require('internal/errors');
  let enhance;
  try {
    enhance = err[kEnhanceStackBeforeInspector];
  } catch {
    return shown;
  }
  if (typeof enhance !== 'function' || !shown.startsWith(err.stack)) return shown;
  return `${enhance()}${shown.slice(err.stack.length)}`;
}

function formatUncaught(err) {
  const parts = [];
  const context = sourceContext(err);
  if (isErrorLike(err)) {
    if (context) parts.push(context);
    parts.push(inspectFatal(err));
  } else {
    if (context) parts.push(context.slice(0, -1));
    parts.push(typeof err === 'string' ? err : inspect(err));
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
      parts.push('(Use `node --trace-uncaught ...` to show where the exception was thrown)');
    }
  }
  return `${parts.join('\n')}\n\nNode.js ${process.version}\n`;
}

function writeStderr(text) {
  binding.writeString(2, text);
}

// Called by the runtime for every uncaught exception (and, with fromPromise,
// for unhandled rejections in 'throw' mode).
function onUncaught(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    return true;
  }
  let report;
  try {
    report = formatUncaught(err);
  } catch {
    report = `Uncaught ${String(err)}\n`;
  }
  writeStderr(report);
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws cannot change the outcome.
  }
  binding.reallyExit(1);
  return false;
}

function reportUncaught(err) {
  onUncaught(err, false);
}

module.exports = { onUncaught, reportUncaught, formatUncaught };
