'use strict';
// Entry points the runtime calls: run a main file (CommonJS or ES module),
// and evaluate `-e`/`-p`/stdin/REPL source the way Node does.

const path = require('path');
const { Module, makeRequire, isEsmFile } = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');
const fsBinding = internalBinding('fs');

let mainModulePromise = null;

function trackTopLevelAwait(promise, file) {
  mainModulePromise = promise;
  const { getPromiseDetails } = internalBinding('util');
  process.on('exit', (code) => {
    if (code !== 0 || process.exitCode !== undefined) return;
    const details = getPromiseDetails(mainModulePromise);
    if (details && details[0] === 0) {
      internalBinding('process_methods').writeString(2,
        `Warning: Detected unsettled top-level await at ${file}\n`);
      process.exitCode = 13;
    }
  });
}

function runModule(source, filename) {
  const promise = contextify.evaluateModule(source, filename);
  promise.then(undefined, (err) => {
    require('internal/process/execution').onUncaught(err, false);
  });
  trackTopLevelAwait(promise, filename);
  return true;
}

// Returns true when the main module is an ES module (its evaluation goes on in
// promise jobs, which the runtime runs before the nextTick queue).
function runMain(file) {
  const resolved = Module._resolveFilename(path.resolve(file), null, true);
  process.argv[1] = resolved;
  if (isEsmFile(resolved)) {
    return runModule(fsBinding.readFileUtf8(resolved), resolved);
  }
  Module._load(resolved, null, true);
  return false;
}

// Node's -e: the code runs as a script with module, exports, require,
// __filename and __dirname defined as globals.
function setupEvalGlobals(name) {
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  globalThis.require = makeRequire(module);
}

function printResult(result) {
  require('console').log(result);
}

// For embedders: returns the completion value (scripts) or the evaluation
// promise (modules); errors propagate to the caller.
function evalScript(code, options = {}) {
  const name = options.filename || '[eval]';
  if (options.module) {
    return contextify.evaluateModule(code, path.join(process.cwd(), `${name}1`));
  }
  setupEvalGlobals(name);
  const result = contextify.runScript(code, name);
  if (options.print) printResult(result);
  return result;
}

// The CLI's -e/-p and piped stdin: returns true for modules (ESM ordering).
function evalMain(code, options = {}) {
  const name = options.filename || '[eval]';
  if (options.module) {
    return runModule(code, path.join(process.cwd(), `${name}1`));
  }
  setupEvalGlobals(name);
  const result = contextify.runScript(code, name);
  if (options.print) printResult(result);
  return false;
}

// One REPL input: ['value' | 'error', text] or ['incomplete'].
function replEvaluate(code) {
  return require('internal/repl').evaluate(code);
}

module.exports = { runMain, evalScript, evalMain, replEvaluate };
