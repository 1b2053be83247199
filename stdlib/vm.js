'use strict';
// node:vm over the engine's realms. A context is a new realm (its own global
// object and intrinsics). Node makes the contextified object itself the
// realm's global; Boa has no such hook, so Coil copies the object's own
// properties onto the realm's global before each run and copies the globals
// the script created or changed back afterwards. Within one run this is
// indistinguishable; what differs is that a getter on the sandbox is read once
// per run rather than on every access. vm.Module and measureMemory throw
// ERR_NOT_IMPLEMENTED.

const contextify = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');

// sandbox -> { id, global, builtins }
const contexts = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true, allowFunction: true });
  validateObject(options, 'options');
  const id = contextify.makeContext();
  const global = contextify.contextGlobal(id);
  const builtins = new Set(Reflect.ownKeys(global));
  contexts.set(contextObject, { id, global, builtins });
  return contextObject;
}

function copyIn(sandbox, global) {
  for (const key of Reflect.ownKeys(sandbox)) {
    const desc = Reflect.getOwnPropertyDescriptor(sandbox, key);
    if ('get' in desc || 'set' in desc) {
      Object.defineProperty(global, key, {
        value: sandbox[key], writable: true, enumerable: desc.enumerable, configurable: true,
      });
    } else {
      Object.defineProperty(global, key, { ...desc, configurable: true });
    }
  }
}

function copyOut(sandbox, global, builtins) {
  const had = new Set(Reflect.ownKeys(sandbox));
  for (const key of Reflect.ownKeys(global)) {
    if (builtins.has(key) && !had.has(key)) continue;
    const desc = Reflect.getOwnPropertyDescriptor(global, key);
    const value = 'value' in desc ? desc.value : global[key];
    if (!had.has(key) || sandbox[key] !== value) {
      try {
        sandbox[key] = value;
      } catch {
        // A non-writable sandbox property keeps its value, as in Node.
      }
    }
  }
  for (const key of had) {
    if (!Object.prototype.hasOwnProperty.call(global, key)) delete sandbox[key];
  }
}

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object' && options.filename !== undefined) {
    validateString(options.filename, 'options.filename');
    return options.filename;
  }
  return fallback;
}

function runInContext(code, contextifiedObject, options) {
  validateString(code, 'code');
  const context = contexts.get(contextifiedObject);
  if (context === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  const filename = filenameOf(options, 'evalmachine.<anonymous>');
  copyIn(contextifiedObject, context.global);
  try {
    return contextify.runInContext(context.id, code, filename);
  } finally {
    copyOut(contextifiedObject, context.global, context.builtins);
  }
}

function runInNewContext(code, contextObject, options) {
  return runInContext(code, createContext(contextObject ?? {}), options);
}

function runInThisContext(code, options) {
  validateString(code, 'code');
  return contextify.runScript(code, filenameOf(options, 'evalmachine.<anonymous>'));
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    const filename = filenameOf(options, 'evalmachine.<anonymous>');
    contextify.checkSyntax(code, filename);
    this._code = code;
    this._filename = filename;
  }

  runInThisContext() {
    return contextify.runScript(this._code, this._filename);
  }

  runInContext(contextifiedObject) {
    return runInContext(this._code, contextifiedObject, { filename: this._filename });
  }

  runInNewContext(contextObject) {
    return runInNewContext(this._code, contextObject, { filename: this._filename });
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  if (options.parsingContext !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction with parsingContext');
  }
  const fn = contextify.compileFunction(code, options.filename ?? '', params);
  return fn;
}

function measureMemory() {
  return Promise.reject(new ERR_NOT_IMPLEMENTED('vm.measureMemory'));
}

const constants = Object.freeze({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
