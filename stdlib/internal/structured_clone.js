'use strict';
// structuredClone: the HTML structured clone algorithm over the value types
// the engine has (primitives, wrappers, Date, RegExp, ArrayBuffer and views,
// Map, Set, Array, plain objects, errors), preserving cycles and shared
// references. Anything else is a DataCloneError.

const types = internalBinding('types');

function cloneError(value) {
  const { DOMException } = require('internal/per_context/domexception');
  let shown;
  if (typeof value === 'function' || typeof value === 'symbol') shown = String(value);
  else shown = `#<${Object.prototype.toString.call(value).slice(8, -1)}>`;
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
  }
  if (options !== undefined && options !== null && options.transfer !== undefined &&
      Array.from(options.transfer).length > 0) {
    throw new (require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('structuredClone transfer');
  }
  const memory = new Map();
  return clone(value, memory);
}

function cloneBytes(buffer) {
  return buffer.slice(0);
}

function clone(value, memory) {
  const type = typeof value;
  if (type === 'symbol' || type === 'function') throw cloneError(value);
  if (value === null || type !== 'object') return value;
  if (memory.has(value)) return memory.get(value);
  let out;
  if (types.isBooleanObject(value)) out = Object(Boolean.prototype.valueOf.call(value));
  else if (types.isNumberObject(value)) out = Object(Number.prototype.valueOf.call(value));
  else if (types.isStringObject(value)) out = Object(String.prototype.valueOf.call(value));
  else if (types.isBigIntObject(value)) out = Object(BigInt.prototype.valueOf.call(value));
  else if (types.isSymbolObject(value)) throw cloneError(value);
  else if (types.isDate(value)) out = new Date(value.getTime());
  else if (types.isRegExp(value)) out = new RegExp(value.source, value.flags);
  else if (types.isArrayBuffer(value)) out = cloneBytes(value);
  else if (types.isDataView(value)) {
    const buffer = clone(value.buffer, memory);
    out = new DataView(buffer, value.byteOffset, value.byteLength);
  } else if (types.isTypedArray(value)) {
    const buffer = clone(value.buffer, memory);
    out = new value.constructor(buffer, value.byteOffset, value.length);
  } else if (types.isMap(value)) {
    out = new Map();
    memory.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memory), clone(v, memory));
    return out;
  } else if (types.isSet(value)) {
    out = new Set();
    memory.set(value, out);
    for (const v of value) out.add(clone(v, memory));
    return out;
  } else if (types.isNativeError(value)) {
    const name = value.name;
    const Ctor = Object.prototype.hasOwnProperty.call(errorConstructors, name) ? errorConstructors[name] : Error;
    out = Object.create(Ctor.prototype);
    memory.set(value, out);
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message) {
      Object.defineProperty(out, 'message', {
        value: String(message.value), writable: true, configurable: true, enumerable: false,
      });
    }
    Object.defineProperty(out, 'stack', {
      value: value.stack, writable: true, configurable: true, enumerable: false,
    });
    if ('cause' in value) {
      Object.defineProperty(out, 'cause', {
        value: clone(value.cause, memory), writable: true, configurable: true, enumerable: false,
      });
    }
    return out;
  } else if (Array.isArray(value)) {
    out = new Array(value.length);
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
    return out;
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
             types.isProxy(value) || types.isGeneratorObject(value)) {
    throw cloneError(value);
  } else {
    out = {};
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
    return out;
  }
  memory.set(value, out);
  return out;
}

module.exports = { structuredClone };
