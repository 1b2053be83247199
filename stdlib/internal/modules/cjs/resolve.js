'use strict';
// The CommonJS loader's require() half: Module._load (caches, builtins, host
// modules) and Node's resolution algorithm, which turns what a module passed
// to require() into a filename — relative and absolute paths, extension probing
// over Module._extensions, directories through package.json "main" or index,
// the node_modules walk, NODE_PATH and the global folders, package "exports"
// and "imports" (shared with the ES module resolver through the helpers),
// self-reference by package name. Loaded by the first require() (or the first
// call of Module._resolveFilename/_findPath/_resolveLookupPaths), so a script
// that requires nothing never compiles it.
//
// Caching follows Node: resolved filenames are kept in Module._pathCache; the
// stat and realpath caches live in the loader (internal/modules/cjs/loader).

const {
  Module, isBuiltin, canBeRequiredByUsers, canBeRequiredWithoutScheme, moduleParentCache,
  packageScope, resolvePath, stat, toRealPath, globalLookupPaths, relativeResolveCache,
  updateChildren, getExportsForCircularRequire, loadNew, dirname,
} = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');
const hostModules = internalBinding('process_methods');
// Loaded when a request needs them: requiring builtins needs neither.
function packageJsonReader() {
  return require('internal/modules/package_json_reader');
}
function lazyPath() {
  return require('path');
}

let helpersLib = null;
function helpers() {
  if (helpersLib === null) helpersLib = require('internal/modules/cjs/helpers');
  return helpersLib;
}

function codes() {
  return require('internal/errors').codes;
}

// ---------------------------------------------------------------------------
// Builtins

// The stdlib's module ids (the rest of Node's list is not built yet), read on
// the first builtin require.
let availableIds = null;
function isAvailable(id) {
  if (availableIds === null) availableIds = new Set(contextify.builtinIds());
  return availableIds.has(id);
}

// Builtins that are other modules under another name.
const aliases = { __proto__: null, sys: 'util', 'path/posix': 'path', 'path/win32': 'path' };

// `id` has no node: prefix; `request` is what the user wrote.
function loadBuiltin(id, request = id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (!canBeRequiredByUsers(id)) throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
  if (isAvailable(id)) return require(id);
  const alias = aliases[id];
  if (alias !== undefined && isAvailable(alias)) {
    const target = require(alias);
    if (id === 'path/posix') return target.posix;
    if (id === 'path/win32') return target.win32;
    return target;
  }
  throw new (codes().ERR_NOT_IMPLEMENTED)(`node:${id}`);
}

// ---------------------------------------------------------------------------
// Module._load

function load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) return loadBuiltin(request.slice(5), request);

  const host = hostModules.getHostModule(request);
  if (host !== undefined) return host;

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename, request);
  return loadNew(filename, parent, isMain, relResolveCacheIdentifier);
}

// ---------------------------------------------------------------------------
// Resolution

// Node's CommonJS reads of package.json report a parse error as a plain Error.
function readPackageCjs(dir) {
  const jsonPath = resolvePath(dir, 'package.json');
  try {
    return packageJsonReader().read(jsonPath);
  } catch (err) {
    if (err.code !== 'ERR_INVALID_PACKAGE_CONFIG') throw err;
    const detail = err.message.slice(err.message.indexOf(jsonPath) + jsonPath.length + 2);
    const e = new Error(`Error parsing ${jsonPath}: ${detail}`);
    e.path = jsonPath;
    throw e;
  }
}

function isRelativeRequest(request) {
  if (request.charCodeAt(0) !== 46 /* . */) return false;
  if (request.length === 1) return true;
  const c1 = request.charCodeAt(1);
  if (c1 === 47 /* / */) return true;
  return c1 === 46 && (request.length === 2 || request.charCodeAt(2) === 47);
}

// parent.paths + the global folders, kept per parent while parent.paths is
// the same array of the same length (callers must not modify the result).
const lookupPathsCache = new WeakMap();
function bareLookupPaths(parent) {
  const modulePaths = globalLookupPaths();
  const own = parent?.paths;
  if (!own?.length) return modulePaths;
  const cached = lookupPathsCache.get(parent);
  if (cached !== undefined && cached.own === own && cached.length === own.length &&
      cached.global === modulePaths) {
    return cached.paths;
  }
  const paths = own.concat(modulePaths);
  lookupPathsCache.set(parent, { own, length: own.length, global: modulePaths, paths });
  return paths;
}

// The _pathCache key part for a list of lookup paths.
const pathsKeyCache = new WeakMap();
function pathsKey(paths) {
  if (paths.length === 1) return paths[0];
  const cached = pathsKeyCache.get(paths);
  if (cached !== undefined && cached.length === paths.length) return cached.key;
  const key = paths.join('\x00');
  pathsKeyCache.set(paths, { length: paths.length, key });
  return key;
}

function resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (!isRelativeRequest(request)) {
    const paths = bareLookupPaths(parent);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [dirname(parent.filename)];
}

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, originalPath) {
  const pkg = readPackageCjs(requestPath).main;
  if (!pkg) return tryExtensions(resolvePath(requestPath, 'index'), exts);
  const filename = resolvePath(requestPath, pkg);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(resolvePath(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(resolvePath(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = lazyPath().resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// A bare request whose package has "exports": resolved through them.
function resolveExports(nmPath, request) {
  const match = EXPORTS_PATTERN.exec(request);
  if (match === null) return undefined;
  const pkgPath = resolvePath(nmPath, match[1]);
  const pkg = readPackageCjs(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    return helpers().resolveExports(pkgPath, match[2], pkg, request);
  }
  return undefined;
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') return `${process.cwd()}/`;
  return false;
}

// A request for the package's own name, through its "exports".
function trySelf(parentPath, request) {
  // A package name never starts with '.' or '/'.
  if (!parentPath || request[0] === '.' || request[0] === '/') return false;
  const pkg = packageScope(parentPath);
  if (!pkg.exists || pkg.exports == null || pkg.name === undefined) return false;
  return helpers().trySelf(parentPath, request, pkg);
}

function findPath(request, paths, isMain) {
  const absolute = request.charCodeAt(0) === 47; /* / */
  if (absolute) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${pathsKey(paths)}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const last = request.charCodeAt(request.length - 1);
  const trailingSlash = request.length > 0 && (last === 47 /* / */ || (last === 46 /* . */ && (
    request.length === 1 || request.charCodeAt(request.length - 2) === 47 ||
    (request.charCodeAt(request.length - 2) === 46 &&
      (request.length === 2 || request.charCodeAt(request.length - 3) === 47)))));

  let insidePath = true;
  if (isRelativeRequest(request) && request.includes('..')) {
    const normalized = lazyPath().normalize(request);
    if (normalized.startsWith('..')) insidePath = false;
  }

  let exts;
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absolute) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = resolvePath(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  void isMain;
  return false;
}

function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelativeRequest(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}/<repl>`;
    const pkg = packageScope(parentPath);
    if (pkg.exists && pkg.imports != null) return helpers().resolveImports(request, parentPath, pkg);
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    Module._pathCache[`${request}\x00${pathsKey(paths)}`] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message = `${message}\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

module.exports = { load, loadBuiltin, resolveFilename, findPath, resolveLookupPaths, tryFile };
