'use strict';
// An ES module as the entry point: a main file that is one (by extension,
// package type or syntax detection) and `--input-type=module` source. Its
// evaluation goes on in promise jobs; errors are reported as uncaught.

const { Module, packageScope } = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');

let mainModulePromise = null;

// A main module whose top-level await never settles exits with status 13
// (Node 20 prints no warning for it).
function trackTopLevelAwait(promise) {
  mainModulePromise = promise;
  const { getPromiseDetails } = internalBinding('util');
  process.on('exit', (code) => {
    if (code !== 0 || process.exitCode !== undefined) return;
    const details = getPromiseDetails(mainModulePromise);
    if (details && details[0] === 0) process.exitCode = 13;
  });
}

function fileUrl(filename) {
  return require('internal/modules/esm').pathToFileUrl(filename);
}

// Evaluate an ES module as the entry point; errors are reported as uncaught.
function runModule(source, filename, url = fileUrl(filename)) {
  let promise;
  try {
    promise = contextify.evaluateModule(source, filename, url);
  } catch (err) {
    throw require('internal/modules/esm').decorateModuleSyntaxError(err, source, url);
  }
  promise.then(undefined, (err) => {
    decorateCommonJSGlobalError(err, filename, url);
    // Errors the engine makes while linking carry no stack.
    if (err !== null && typeof err === 'object' && typeof err.stack !== 'string' && err instanceof Error) {
      try {
        Object.defineProperty(err, 'stack', {
          __proto__: null, value: `${err.name}: ${err.message}`, writable: true, configurable: true,
        });
      } catch {
        // Keep it as it is.
      }
    }
    require('internal/process/execution').onUncaught(err, false);
  });
  trackTopLevelAwait(promise);
  return true;
}

const commonJSGlobals = new Set(['__filename', '__dirname', 'require', 'module', 'exports']);

// `require is not defined` in an ES module: Node explains why.
function decorateCommonJSGlobalError(err, filename, url) {
  if (err === null || typeof err !== 'object' || err.name !== 'ReferenceError') return;
  const message = String(err.message);
  if (!message.endsWith(' is not defined') || !commonJSGlobals.has(message.slice(0, -15))) return;
  let text = `${message} in ES module scope`;
  if (message.startsWith('require ')) text += ', you can use import instead';
  if (/\.js(\?[^#]*)?(#.*)?$/.test(url) && url.startsWith('file:')) {
    const scope = packageScope(filename);
    if (scope.type === 'module') {
      text += '\nThis file is being treated as an ES module because it has a \'.js\' file extension and \'' +
        `${scope.pjsonPath}' contains "type": "module". To treat it as a CommonJS script, rename it to ` +
        'use the \'.cjs\' file extension.';
    }
  }
  try {
    err.message = text;
    if (typeof err.stack === 'string' && err.stack.startsWith(`ReferenceError: ${message}`)) {
      Object.defineProperty(err, 'stack', {
        __proto__: null,
        value: `ReferenceError: ${text}${err.stack.slice(16 + message.length)}`,
        writable: true,
        configurable: true,
      });
    }
  } catch {
    // A frozen error keeps its message.
  }
}

// The main module turned out to be an ES module (by extension, package type or
// syntax detection).
function runModuleFile(source, filename) {
  return runModule(source, filename);
}

// The main file `resolved` when Node's shouldUseESMLoader says so. Returns
// true when it runs as an ES module; false when the ESM loader's format
// check hands it back to CommonJS.
function runMainModule(resolved) {
  const esm = require('internal/modules/esm');
  // The ESM loader checks the format (an unknown extension is an error).
  let source;
  try {
    const result = esm.resolve(fileUrl(resolved), '', undefined);
    source = result[0] === 'esm' ? result[3]() : undefined;
    if (source === undefined) {
      Module._load(resolved, null, true);
      return false;
    }
  } catch (err) {
    require('internal/process/execution').onUncaught(err, false);
    return true;
  }
  return runModule(source, resolved);
}

module.exports = { runMainModule, runModule, runModuleFile };
