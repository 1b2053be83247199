'use strict';
// Exports whose code is compiled on first use. Boa parses and compiles every
// byte of a module when it is required (there is no code cache), so node:fs
// and node:util keep rarely used functions in modules of their own and
// export stand-ins built here.

// A stand-in for the function `load()[name]`: it exists (and stays the same
// object) from the start, has the real function's name and length, and
// loads the module that holds the code on its first call. Arguments and
// `this` are passed on as they came (some functions count their arguments).
function deferFunction(load, name, length) {
  const deferred = function(...args) {
    return Reflect.apply(load()[name], this, args);
  };
  Object.defineProperty(deferred, 'name', { __proto__: null, value: name });
  Object.defineProperty(deferred, 'length', { __proto__: null, value: length });
  return deferred;
}

// Node's lazy properties: each key is an enumerable, configurable accessor
// (`get <key>` / `set <key>`); the first read loads the module and turns the
// property into a writable data property holding `load()[key]`, and an
// assignment before that replaces it with the assigned value.
function defineLazyProperties(target, load, keys) {
  for (const key of keys) {
    let loaded;
    const set = function(value) {
      Object.defineProperty(target, key, { __proto__: null, value, writable: true });
    };
    const get = function() {
      if (loaded === undefined) {
        loaded = load()[key];
        set(loaded);
      }
      return loaded;
    };
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    Object.defineProperty(target, key, {
      __proto__: null, get, set, enumerable: true, configurable: true,
    });
  }
}

module.exports = { deferFunction, defineLazyProperties };
