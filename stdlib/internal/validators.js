'use strict';

// node:internal/validators for Coil: argument checks that throw Node's
// exact `ERR_*` errors (see internal/errors).

// internal/errors is loaded when a check fails, not when this module loads:
// start-up validates arguments but (normally) throws nothing.
let errorCodes = null;
function codes() {
  if (errorCodes === null) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// Linux signal numbers, as os.constants.signals reports them.
const kSignals = Object.freeze({
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6,
  SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11,
  SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26,
  SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const kOctalRegExp = /^[0-7]+$/;
const kModeDesc = 'must be a 32-bit unsigned integer or an octal string';

// File modes may be numbers or octal strings ('755'); `def` when nullish.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!kOctalRegExp.test(value)) throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, kModeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function describeBounds(min, max) {
  const lower = min != null ? `>= ${min}` : '';
  const join = min != null && max != null ? ' && ' : '';
  const upper = max != null ? `<= ${max}` : '';
  return `${lower}${join}${upper}`;
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, describeBounds(min, max), value);
  }
}

function quoteAllowed(value) {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map(quoteAllowed).join(', ');
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, `must be one of: ${allowed}`);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
}

// validateObject flags (Node 20); legacy `{ nullable, allowArray,
// allowFunction }` option objects are accepted too.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

function objectFlags(options) {
  if (typeof options === 'number') return options;
  if (options == null) return kValidateObjectNone;
  return (options.nullable ? kValidateObjectAllowNullable : 0) |
    (options.allowArray ? kValidateObjectAllowArray : 0) |
    (options.allowFunction ? kValidateObjectAllowFunction : 0);
}

function validateObject(value, name, options = kValidateObjectNone) {
  const flags = objectFlags(options);
  const ok =
    (value === null ? (flags & kValidateObjectAllowNullable) !== 0 :
      Array.isArray(value) ? (flags & kValidateObjectAllowArray) !== 0 :
        typeof value === 'object' ||
        (typeof value === 'function' && (flags & kValidateObjectAllowFunction) !== 0));
  if (!ok) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
  if (value.length < minLength) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, `must be longer than ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateAbortSignalArray(signals, name) {
  validateArray(signals, name);
  for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `${name}[${i}]`);
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (kSignals[signal] === undefined) {
    if (kSignals[signal.toUpperCase()] !== undefined) {
      throw new (codes().ERR_UNKNOWN_SIGNAL)(`${signal} (signals must use all capital letters)`);
    }
    throw new (codes().ERR_UNKNOWN_SIGNAL)(signal);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// Hex data must come in whole bytes.
function validateEncoding(data, encoding) {
  const isHex = typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
  const length = data.length;
  if (isHex && length % 2 !== 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// Returns the port as a number; accepts numeric strings like Node.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new (codes().ERR_SOCKET_BAD_PORT)(name, port, allowZero);
  }
  return port | 0;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function isAsyncFunction(fn) {
  const tag = Object.prototype.toString.call(fn);
  return tag === '[object AsyncFunction]' || tag === '[object AsyncGeneratorFunction]';
}

function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'undefined', value);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, `('${union.join('|')}')`, value);
  }
}

// `this` checks for classes that keep state in a private field.
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('this', className, object);
  }
}

// true for finite numbers, false for undefined/NaN, throws otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new (codes().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
