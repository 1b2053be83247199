'use strict';
// The CommonJS loader's less common paths, loaded on first use: package
// "exports"/"imports" and self-reference (through the ES module resolver),
// circular-require warnings, module.createRequire, and the source line V8
// shows above a syntax error.

const path = require('path');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const { tryFile } = require('internal/modules/cjs/resolve');

function codes() {
  return require('internal/errors').codes;
}

function createEsmNotFoundErr(request, pkgJsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgJsonPath) err.path = pkgJsonPath;
  return err;
}

const encodedSepRegEx = /%2F|%5C/i;

// An "exports"/"imports" target: decode it as a file URL would be, then it
// must be an existing file.
function finalizeEsmResolution(resolved, parentPath, pkgDir) {
  if (resolved.startsWith('node:')) throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  if (resolved.indexOf('%') !== -1) {
    if (encodedSepRegEx.test(resolved)) {
      throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(resolved,
        'must not include encoded "/" or "\\" characters', parentPath);
    }
    resolved = decodeURIComponent(resolved);
  }
  const actual = tryFile(resolved);
  if (actual) return actual;
  throw createEsmNotFoundErr(resolved, path.resolve(pkgDir, 'package.json'));
}

let lazyResolve = null;
function esmResolver() {
  if (lazyResolve === null) lazyResolve = require('internal/modules/esm/resolve');
  return lazyResolve;
}

// A bare request into a package with "exports" (`subpath` is what follows
// the package name, or undefined).
function resolveExports(pkgPath, subpath, pkg, request) {
  const resolver = esmResolver();
  try {
    return finalizeEsmResolution(resolver.packageExportsResolve(`${pkgPath}/package.json`,
      `.${subpath || ''}`, pkg, undefined, resolver.cjsConditions), null, pkgPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
    throw e;
  }
}

// The loader has checked that the package scope of `parentPath` has
// "exports" and a name.
function trySelf(parentPath, request, pkg) {
  let expansion;
  if (request === pkg.name) expansion = '.';
  else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
  else return false;
  const pkgDir = path.dirname(pkg.pjsonPath);
  const resolver = esmResolver();
  try {
    return finalizeEsmResolution(resolver.packageExportsResolve(pkg.pjsonPath, expansion, pkg,
      parentPath, resolver.cjsConditions), parentPath, pkgDir);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkg.pjsonPath);
    throw e;
  }
}

// A `#name` request through the "imports" of the parent's package.
function resolveImports(request, parentPath, pkg) {
  const resolver = esmResolver();
  try {
    return finalizeEsmResolution(resolver.packageImportsResolve(request, parentPath,
      resolver.cjsConditions), parentPath, path.dirname(pkg.pjsonPath));
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
    throw e;
  }
}

// The prototype given to a module's exports while a circular require sees
// them partial: reading a property that is not there yet warns, as Node does.
function circularRequirePrototype() {
  return new Proxy({}, {
    __proto__: null,
    get(target, prop) {
      if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
      emitCircularRequireWarning(prop);
      return undefined;
    },
    getOwnPropertyDescriptor(target, prop) {
      if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
        return Reflect.getOwnPropertyDescriptor(target, prop);
      }
      emitCircularRequireWarning(prop);
      return undefined;
    },
  });
}

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}

function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

// V8 puts "file:line\nsource line\n   ^\n\n" above a compile error's stack;
// Boa puts the position in the message ("... at line 2, col 9").
function decorateSyntaxError(err, content, filename, firstLineOffset) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return;
  const match = /at line (\d+), col(?:umn)? (\d+)/.exec(String(err.message));
  if (match === null) return;
  const line = Number(match[1]);
  let column = Number(match[2]);
  if (line === 1) column = Math.max(1, column - firstLineOffset);
  const lines = content.split('\n', line);
  const text = (lines[line - 1] ?? '').replace(/\r$/, '');
  const header = `${filename}:${line}\n${text}\n${' '.repeat(Math.max(0, column - 1))}^\n\n`;
  try {
    let stack = typeof err.stack === 'string' ? err.stack : `${err.name}: ${err.message}`;
    // A parse error made outside any JS frame: point at the source position.
    if (!stack.includes('\n    at ')) stack = `${stack}\n    at ${filename}:${line}:${column}`;
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: `${header}${stack}`, writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // A frozen error keeps its stack.
  }
}

module.exports = {
  createEsmNotFoundErr,
  resolveExports,
  resolveImports,
  trySelf,
  circularRequirePrototype,
  createRequire,
  decorateSyntaxError,
};
