'use strict';
// Runs Coil's stdlib modules (stdlib/<id>.js) under the `node` binary.
//
// Each file is wrapped exactly as Coil does it:
//   (function (exports, require, module, internalBinding, process) { ... })
// `require(id)` resolves stdlib ids only (cached), `internalBinding(name)`
// returns a stand-in built from node's own facilities, `process` is node's.
//
// When node runs with --expose-internals the real V8-backed bindings are used
// for the engine-specific helpers (promise state, proxy target, iterator
// previews); otherwise approximations built from public APIs are used.
//
// Usage: const { loadStdlib } = require('./tools/stdlib-under-node.js');
//        const util = loadStdlib('util');

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const nodeUtil = require('util');

const STDLIB_DIR = path.join(__dirname, '..', 'stdlib');

let nodeInternalBinding = null;
try {
  // Only available with `node --expose-internals`.
  // eslint-disable-next-line node/no-missing-require
  nodeInternalBinding = require('internal/test/binding').internalBinding;
} catch {
  nodeInternalBinding = null;
}

const UTIL_CONSTANTS = Object.freeze({
  kPending: 0,
  kFulfilled: 1,
  kRejected: 2,
  ALL_PROPERTIES: 0,
  ONLY_ENUMERABLE: 2,
  SKIP_SYMBOLS: 16,
});

function isArrayIndex(key) {
  if (typeof key !== 'string') return false;
  if (key === '0') return true;
  if (!/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

// ---------------------------------------------------------------------------
// internalBinding('util') stand-in

function fallbackGetOwnNonIndexProperties(obj, filter) {
  const keys = Reflect.ownKeys(obj);
  const out = [];
  for (const key of keys) {
    if (typeof key === 'symbol') {
      if (filter & UTIL_CONSTANTS.SKIP_SYMBOLS) continue;
    } else if (isArrayIndex(key)) {
      continue;
    }
    if (filter & UTIL_CONSTANTS.ONLY_ENUMERABLE) {
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (!desc || !desc.enumerable) continue;
    }
    out.push(key);
  }
  return out;
}

function fallbackGetConstructorName(obj) {
  let cur = obj;
  while (cur !== null && cur !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(cur, 'constructor');
    if (desc && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value.name;
    }
    cur = Object.getPrototypeOf(cur);
  }
  return 'Object';
}

function fallbackGetPromiseDetails(p) {
  // Best effort: the state is visible through node's inspect; the result is not.
  const s = nodeUtil.inspect(p, { depth: 0, customInspect: false });
  if (s.includes('<pending>')) return [UTIL_CONSTANTS.kPending];
  if (s.includes('<rejected>')) return [UTIL_CONSTANTS.kRejected, undefined];
  return [UTIL_CONSTANTS.kFulfilled, undefined];
}

function fallbackGetProxyDetails(value, showProxy = true) {
  if (!nodeUtil.types.isProxy(value)) return undefined;
  // Target and handler are not reachable from public APIs.
  return showProxy ? [{}, {}] : {};
}

function makeUtilBinding() {
  if (nodeInternalBinding !== null) {
    const real = nodeInternalBinding('util');
    return {
      constants: UTIL_CONSTANTS,
      getPromiseDetails: real.getPromiseDetails,
      getProxyDetails: real.getProxyDetails,
      getOwnNonIndexProperties: real.getOwnNonIndexProperties,
      getConstructorName: real.getConstructorName,
      previewEntries: real.previewEntries,
    };
  }
  return {
    constants: UTIL_CONSTANTS,
    getPromiseDetails: fallbackGetPromiseDetails,
    getProxyDetails: fallbackGetProxyDetails,
    getOwnNonIndexProperties: fallbackGetOwnNonIndexProperties,
    getConstructorName: fallbackGetConstructorName,
    previewEntries: () => undefined,
  };
}

// ---------------------------------------------------------------------------
// internalBinding('types') stand-in: node's public util.types is the same set.

function makeTypesBinding() {
  const out = {};
  for (const key of Object.keys(nodeUtil.types)) {
    if (key === 'isKeyObject' || key === 'isCryptoKey') continue;
    out[key] = nodeUtil.types[key];
  }
  return out;
}

// ---------------------------------------------------------------------------
// internalBinding('uv') stand-in: node's own libuv error map (Coil's Rust
// table is compared with it by the differential cases that print errors).

function makeUvBinding() {
  const rows = [];
  for (const [errno, [code, description]] of nodeUtil.getSystemErrorMap()) {
    rows.push([errno, code, description]);
  }
  return {
    getErrorMap: () => rows,
    errname: (err) => rows.find((row) => row[0] === err)?.[1],
  };
}

const bindings = new Map();
function internalBinding(name) {
  let b = bindings.get(name);
  if (b === undefined) {
    if (name === 'util') b = makeUtilBinding();
    else if (name === 'types') b = makeTypesBinding();
    else if (name === 'uv') b = makeUvBinding();
    else if (name === 'buffer') b = { compare: (x, y) => Buffer.compare(x, y) };
    else throw new Error(`No such binding in stdlib-under-node: ${name}`);
    bindings.set(name, b);
  }
  return b;
}

// ---------------------------------------------------------------------------
// Stubs for stdlib modules other engineers are still writing. Used only when
// stdlib/<id>.js does not exist yet.

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${nodeUtil.inspect(value, { depth: -1 })}`;
  }
  let inspected = nodeUtil.inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

function makeErrorsStub() {
  function makeCode(code, Base, msgFn) {
    return class extends Base {
      constructor(...args) {
        super(msgFn(...args));
        Object.defineProperty(this, 'code', {
          value: code, enumerable: true, writable: true, configurable: true,
        });
        this.name = `${Base.name} [${code}]`;
        // eslint-disable-next-line no-unused-expressions
        this.stack;
        delete this.name;
      }
    };
  }
  const typeList = (t) => (Array.isArray(t) ? t : [t]);
  const codes = {
    ERR_INVALID_ARG_TYPE: makeCode('ERR_INVALID_ARG_TYPE', TypeError, (name, expected, actual) => {
      const kind = name.includes('.') ? 'property' : 'argument';
      const types = typeList(expected).map((t) => (/^[A-Z]/.test(t) && t !== 'Function' && t !== 'Object' ? `an instance of ${t}` : `of type ${t.toLowerCase()}`));
      return `The "${name}" ${kind} must be ${types.join(' or ')}.${describeReceived(actual)}`;
    }),
    ERR_INVALID_ARG_VALUE: makeCode('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
      let inspected = nodeUtil.inspect(value);
      if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
      const kind = name.includes('.') ? 'property' : 'argument';
      return `The ${kind} '${name}' ${reason}. Received ${inspected}`;
    }),
    ERR_OUT_OF_RANGE: makeCode('ERR_OUT_OF_RANGE', RangeError, (name, range, value) => `The value of "${name}" is out of range. It must be ${range}. Received ${nodeUtil.inspect(value)}`),
    ERR_CONSOLE_WRITABLE_STREAM: makeCode('ERR_CONSOLE_WRITABLE_STREAM', TypeError, (name) => `Console expects a writable stream instance for ${name}`),
    ERR_INCOMPATIBLE_OPTION_PAIR: makeCode('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`),
    ERR_FALSY_VALUE_REJECTION: makeCode('ERR_FALSY_VALUE_REJECTION', Error, () => 'Promise was rejected with falsy value'),
  };
  return { codes };
}

function makeValidatorsStub(errors) {
  const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE } = errors.codes;
  const validateFunction = (v, name) => {
    if (typeof v !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', v);
  };
  const validateString = (v, name) => {
    if (typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', v);
  };
  const validateBoolean = (v, name) => {
    if (typeof v !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', v);
  };
  const validateNumber = (v, name, min, max) => {
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', v);
    if ((min != null && v < min) || (max != null && v > max) || ((min != null || max != null) && Number.isNaN(v))) {
      throw new ERR_OUT_OF_RANGE(name, `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, v);
    }
  };
  const validateInteger = (v, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', v);
    if (!Number.isInteger(v)) throw new ERR_OUT_OF_RANGE(name, 'an integer', v);
    if (v < min || v > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, v);
  };
  const validateObject = (v, name, options) => {
    const allowArray = options && options.allowArray;
    const allowFunction = options && options.allowFunction;
    const nullable = options && options.nullable;
    if ((!nullable && v === null) || (!allowArray && Array.isArray(v)) ||
        (typeof v !== 'object' && (!allowFunction || typeof v !== 'function'))) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', v);
    }
  };
  const validateArray = (v, name, minLength = 0) => {
    if (!Array.isArray(v)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', v);
    if (v.length < minLength) throw new ERR_INVALID_ARG_VALUE(name, v, `must be longer than ${minLength}`);
  };
  const validateOneOf = (v, name, oneOf) => {
    if (!oneOf.includes(v)) {
      const allowed = oneOf.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ');
      throw new ERR_INVALID_ARG_VALUE(name, v, `must be one of: ${allowed}`);
    }
  };
  return {
    validateFunction, validateString, validateBoolean, validateNumber,
    validateInteger, validateObject, validateArray, validateOneOf,
    kValidateObjectAllowArray: { allowArray: true },
  };
}

const STUBS = {
  'internal/errors': () => makeErrorsStub(),
  'internal/validators': () => makeValidatorsStub(requireStdlib('internal/errors')),
};

// ---------------------------------------------------------------------------
// Loader

const cache = new Map();

function requireStdlib(id) {
  if (typeof id !== 'string') throw new TypeError('stdlib require(id) expects a string');
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  // Under node the engine can see through proxies itself: internal/proxy's
  // Proxy-constructor wrapper is Coil's workaround for Boa and not needed here.
  if (id === 'internal/proxy') {
    const mod = { exports: { install() {}, getProxyDetails: internalBinding('util').getProxyDetails } };
    cache.set(id, mod);
    return mod.exports;
  }

  const file = path.join(STDLIB_DIR, `${id}.js`);
  if (!fs.existsSync(file)) {
    if (Object.prototype.hasOwnProperty.call(STUBS, id)) {
      const mod = { exports: STUBS[id]() };
      cache.set(id, mod);
      return mod.exports;
    }
    const err = new Error(`Cannot find stdlib module '${id}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  const source = fs.readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, internalBinding, process) {${source}\n})`,
    { filename: file },
  );
  const mod = { exports: {}, id };
  cache.set(id, mod);
  try {
    wrapper.call(mod.exports, mod.exports, requireStdlib, mod, internalBinding, process);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  return mod.exports;
}

function loadStdlib(id) {
  return requireStdlib(id);
}

module.exports = {
  loadStdlib,
  internalBinding,
  usingRealBindings: nodeInternalBinding !== null,
};
