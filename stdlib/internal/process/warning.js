'use strict';
// process.emitWarning and the default printer of the 'warning' event:
// `(node:PID) [CODE] Name: message` on stderr, once a hint about
// --trace-warnings.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let traceHintShown = false;
let listenerInstalled = false;

// Written as Node writes it: with the global console's error(), so through
// process.stderr once the program has made (or replaced) it.
function writeWarning(warning) {
  const prefix = `(${process.release.name}:${process.pid}) `;
  let out = `${prefix}${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
  if (!traceHintShown) {
    traceHintShown = true;
    const name = process.release.name;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    out += `\n(Use \`${name} ${flag} ...\` to show where the warning was created)`;
  }
  if (warning.detail) out += `\n${warning.detail}`;
  require('console').error(out);
}

// --no-warnings or NODE_NO_WARNINGS=1: the 'warning' event still fires, the
// default printer stays quiet.
function warningsSilenced() {
  return process.execArgv.includes('--no-warnings') || process.env.NODE_NO_WARNINGS === '1';
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  if (warningsSilenced()) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  writeWarning(warning);
}

function ensureListener() {
  if (listenerInstalled) return;
  listenerInstalled = true;
  process.on('warning', onWarning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const limit = Error.stackTraceLimit;
    warning = new Error(warning);
    Error.stackTraceLimit = limit;
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  ensureListener();
  process.nextTick(() => process.emit('warning', warning));
  void ctor;
}

ensureListener();

module.exports = { emitWarning };
