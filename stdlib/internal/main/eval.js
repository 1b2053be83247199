'use strict';
// Evaluating source as the entry point, the way Node does: -e and -p, a
// script piped on stdin, embedders' eval, and the REPL's inputs.

const { Module, makeRequireFunction, resolvePath } = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');

function fileUrl(filename) {
  return require('internal/modules/esm').pathToFileUrl(filename);
}

// Node's -e: the code runs as a script with module, exports, require,
// __filename and __dirname defined as globals.
function setupEvalGlobals(name) {
  const module = new Module(name, null);
  module.filename = resolvePath(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  globalThis.require = makeRequireFunction(module);
}

function printResult(result) {
  require('console').log(result);
}

// Node names an evaluated module (-e or stdin) "[eval1]" in the current
// directory; its URL keeps the brackets as written.
function evalModuleName() {
  return resolvePath(process.cwd(), '[eval1]');
}

function evalModuleUrl() {
  return `${fileUrl(process.cwd())}/[eval1]`;
}

// For embedders: returns the completion value (scripts) or the evaluation
// promise (modules); errors propagate to the caller.
function evalScript(code, options = {}) {
  const name = options.filename || '[eval]';
  if (options.module) {
    return contextify.evaluateModule(code, evalModuleName(), evalModuleUrl());
  }
  setupEvalGlobals(name);
  const result = contextify.runScript(code, name);
  if (options.print) printResult(result);
  return result;
}

// The CLI's -e/-p and piped stdin: returns true for modules (ESM ordering).
// -e and -p (no filename), as Node's, see each builtin module as a global.
function evalMain(code, options = {}) {
  const name = options.filename || '[eval]';
  if (options.filename === undefined) defineBuiltinGlobals();
  if (options.module) {
    return require('internal/main/esm').runModule(code, evalModuleName(), evalModuleUrl());
  }
  setupEvalGlobals(name);
  const result = contextify.runScript(code, name);
  if (options.print) printResult(result);
  return false;
}

// The REPL's globals, as Node's: `require` and `module` for '<repl>' in the
// current directory, and the builtin modules.
let replReady = false;
function setupReplGlobals() {
  replReady = true;
  const module = new Module('<repl>', undefined);
  module.paths = Module._nodeModulePaths(process.cwd());
  const replRequire = makeRequireFunction(module);
  for (const [name, value] of [['module', module], ['require', replRequire]]) {
    Object.defineProperty(globalThis, name, {
      __proto__: null, value, writable: true, configurable: true, enumerable: false,
    });
  }
  defineBuiltinGlobals();
}

// Each builtin module (not the `_`-prefixed or sub-path ones) under its name
// on the global object, loaded on first use, as Node gives -e, -p and the
// REPL.
function defineBuiltinGlobals() {
  const { builtinModules } = require('internal/modules/cjs/loader');
  for (const name of builtinModules) {
    if (name[0] === '_' || name.includes('/') || name in globalThis) continue;
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() {
        const lib = require('internal/modules/cjs/resolve').loadBuiltin(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, value: lib, writable: true, configurable: true, enumerable: false,
        });
        return lib;
      },
      set(value) {
        Object.defineProperty(globalThis, name, {
          __proto__: null, value, writable: true, configurable: true, enumerable: true,
        });
      },
      configurable: true,
      enumerable: false,
    });
  }
}

// One REPL input: ['value' | 'error', text] or ['incomplete'].
function replEvaluate(code) {
  if (!replReady) setupReplGlobals();
  return require('internal/repl').evaluate(code);
}

module.exports = { evalScript, evalMain, replEvaluate };
