'use strict';
// Entry points the runtime calls: run a main file (CommonJS or ES module, as
// Node decides), and evaluate `-e`/`-p`/stdin/REPL source the way Node does.
// An ES module entry point runs through internal/main/esm, evaluated source
// through internal/main/eval: both load only when used.

const {
  Module, packageType, noteMainScope, canLoadMainDirectly, loadMainDirectly, takeMainRanAsModule,
} = require('internal/modules/cjs/loader');
const fsBinding = internalBinding('fs');

// Node's shouldUseESMLoader for the main entry point.
function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  return packageType(mainPath) === 'module';
}

// Returns true when the main module is an ES module (its evaluation goes on in
// promise jobs, which the runtime runs before the nextTick queue).
function runMain(file) {
  // The common case is found natively: [path.resolve(file), the file it names
  // (as given or with .js; undefined otherwise), whether a package.json lies
  // on its scope walk]. The loader's resolution does the rest.
  const entry = fsBinding.resolveMain(file);
  // argv[1] is the path as given, made absolute (not the resolved file).
  const mainPath = entry === undefined ? require('path').resolve(file) : entry[0];
  process.argv[1] = mainPath;
  // Once a -r preload has loaded anything, Module._findPath may be patched:
  // then the main module is resolved and loaded through it, as in Node.
  const direct = entry !== undefined && entry[1] !== undefined && canLoadMainDirectly();
  let resolved;
  if (direct) {
    resolved = entry[1];
    noteMainScope(resolved, entry[2]);
  } else {
    resolved = Module._findPath(mainPath, null, true) || Module._resolveFilename(mainPath, null, true);
  }
  if (shouldUseESMLoader(resolved)) return require('internal/main/esm').runMainModule(resolved);
  if (direct) {
    loadMainDirectly(mainPath, resolved);
  } else {
    Module._load(resolved, null, true);
  }
  return takeMainRanAsModule();
}

// -e, -p, stdin and the REPL: in internal/main/eval, loaded for those only.
function evalScript(code, options) {
  return require('internal/main/eval').evalScript(code, options);
}

function evalMain(code, options) {
  return require('internal/main/eval').evalMain(code, options);
}

function replEvaluate(code) {
  return require('internal/main/eval').replEvaluate(code);
}

module.exports = { runMain, evalScript, evalMain, replEvaluate };
