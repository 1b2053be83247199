'use strict';
// node:util

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
  isError,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateString,
} = require('internal/validators');

// ---------------------------------------------------------------------------
// inherits

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---------------------------------------------------------------------------
// deprecate

// Deprecation codes that already produced their warning.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep statics reachable and `instanceof` working for wrapped classes.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// Functions whose callback receives several values carry their names under
// this symbol (shared with internal/util when that module provides it).
let kCustomPromisifyArgsSymbol;
function customPromisifyArgs() {
  if (kCustomPromisifyArgsSymbol === undefined) {
    try {
      kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;
    } catch {
      // internal/util is not available.
    }
    if (typeof kCustomPromisifyArgsSymbol !== 'symbol') {
      kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
    }
  }
  return kCustomPromisifyArgsSymbol;
}

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
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[customPromisifyArgs()];

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
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error": wrap it.
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    if (!Object.prototype.hasOwnProperty.call(err, 'reason')) err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // `length` and `name` may have been redefined; only adjust plain values.
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvTest; // (SECTION) -> boolean, from NODE_DEBUG
const debugImpls = Object.create(null);

function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      // Comma separated names, '*' wildcards, case-insensitive.
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (s) => re.test(s);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream && stream.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          `${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens ` +
          'and authentication headers) in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, coloredPid, msg));
      };
    } else {
      debugImpls[section] = function debug() {};
    }
  }
  return debugImpls[section];
}

function debuglog(section, cb) {
  let enabled;
  function init() {
    section = section.toUpperCase();
    enabled = testDebugEnabled(section);
  }
  // Resolved on first use, so that NODE_DEBUG is consulted lazily.
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Small helpers

const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toUSVString(input) {
  const str = `${input}`;
  if (typeof String.prototype.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(loneSurrogates, '\ufffd');
}

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

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
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
  toUSVString,
  types,
};
