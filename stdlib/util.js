'use strict';
// node:util. Boa compiles the whole of a module when it is required, so this
// file builds only what `require('util')` must have: the functions most
// programs call (inspect, format, promisify, inherits …) and stand-ins for
// the rest, whose code is in internal/util/* and compiles on first use.
// internal/errors is loaded when an error is built, and internal/validators
// only to throw for an argument that fails the inline check.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
  isError,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { customPromisifyArgs } = require('internal/util');
const { deferFunction, defineLazyProperties } = require('internal/util/lazy_exports');

function invalidArgType(name, expected, actual) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  return new ERR_INVALID_ARG_TYPE(name, expected, actual);
}

// internal/validators' check, without loading it.
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

// ---------------------------------------------------------------------------
// inherits

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArgType('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---------------------------------------------------------------------------
// promisify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

function copyOwnProperties(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const key of Reflect.ownKeys(descriptors)) {
    // Null prototypes: do not pick up a tampered Object.prototype.get/set.
    Object.setPrototypeOf(descriptors[key], null);
  }
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[customPromisifyArgs];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

// ---------------------------------------------------------------------------
// Small helpers

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return `${n}`.padStart(2, '0');
}

// e.g. `26 Feb 16:19:34`
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Legacy type checks (deprecated in the docs, still present in Node 20).
function isBoolean(arg) { return typeof arg === 'boolean'; }
function isBuffer(arg) { return require('buffer').Buffer.isBuffer(arg); }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---------------------------------------------------------------------------
// Loaded on first use

function getSystemErrorName(err) {
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMap() {
  return require('internal/errors').getSystemErrorMap();
}

function _errnoException(...args) {
  return require('internal/errors').errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return require('internal/errors').exceptionWithHostPort(...args);
}

const loadCallbackify = () => require('internal/util/callbackify');
const loadDebuglog = () => require('internal/util/debuglog');
const loadDeprecate = () => require('internal/util/deprecate');
const loadStyleText = () => require('internal/util/style_text');
const loadParseEnv = () => require('internal/util/parse_env');
const loadAbort = () => require('internal/util/abort');

// util.debug is util.debuglog.
const debuglog = deferFunction(loadDebuglog, 'debuglog', 2);

// Keys in Node's order.
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify: deferFunction(loadCallbackify, 'callbackify', 1),
  debug: debuglog,
  debuglog,
  deprecate: deferFunction(loadDeprecate, 'deprecate', 4),
  format,
  styleText: deferFunction(loadStyleText, 'styleText', 2),
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  // A method, as Node's (no `prototype`).
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  // A method, as Node's (no `prototype`).
  toUSVString(input) {
    return `${input}`.toWellFormed();
  },
  // Getters without setters, as Node's.
  get transferableAbortSignal() {
    return loadAbort().transferableAbortSignal;
  },
  get transferableAbortController() {
    return loadAbort().transferableAbortController;
  },
  get aborted() {
    return loadAbort().aborted;
  },
  types,
  parseEnv: deferFunction(loadParseEnv, 'parseEnv', 1),
};

defineLazyProperties(module.exports, () => require('internal/util/parse_args'), ['parseArgs']);
defineLazyProperties(module.exports, () => require('internal/encoding'), ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, () => require('internal/util/mime'), ['MIMEType', 'MIMEParams']);
