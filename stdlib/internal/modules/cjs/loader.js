'use strict';
// The CommonJS loader: Module, require and Node's resolution algorithm —
// relative and absolute paths, extension probing over Module._extensions,
// directories through package.json "main" or index, the node_modules walk,
// NODE_PATH and the global folders, package "exports" and "imports" (shared
// with the ES module resolver in internal/modules/esm/resolve), self-reference
// by package name. Also the module wrapper, JSON modules, circular requires
// with partial exports, require(esm) (Node 20.19+: an ES module required from
// CommonJS is loaded synchronously), and module-syntax detection for .js files
// whose package.json does not say "type".
//
// Caching follows Node: positive stat results are cached while the outermost
// require() runs, package.json reads and realpaths for the whole process,
// resolved filenames in Module._pathCache and in a per-parent relative cache.

const path = require('path');
const fsBinding = internalBinding('fs');
const contextify = internalBinding('contextify');
const packageJsonReader = require('internal/modules/package_json_reader');
// internal/errors is loaded when an error is built, not at start-up.
let errorCodes = null;
function codes() {
  if (errorCodes === null) errorCodes = require('internal/errors').codes;
  return errorCodes;
}
const { validateString } = require('internal/validators');

// The loader's less common paths, loaded on first use.
let helpersLib = null;
function helpers() {
  if (helpersLib === null) helpersLib = require('internal/modules/cjs/helpers');
  return helpersLib;
}

// ---------------------------------------------------------------------------
// Builtins

// Node 20's public builtin ids (what builtinModules lists).
const nodeBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https',
  'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
  'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline',
  'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises',
  'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// Only reachable with the node: prefix.
const schemeOnly = new Set(['sea', 'test', 'test/reporters']);
const builtinSet = new Set(nodeBuiltins);
// Ids the embedded stdlib has (the rest of Node's list is not built yet).
// The stdlib's module ids, read on the first builtin require.
let availableIds = null;
function isAvailable(id) {
  if (availableIds === null) availableIds = new Set(contextify.builtinIds());
  return availableIds.has(id);
}
// Builtins that are other modules under another name.
const aliases = { __proto__: null, sys: 'util', 'path/posix': 'path', 'path/win32': 'path' };

function canBeRequiredByUsers(id) {
  return builtinSet.has(id) || schemeOnly.has(id);
}

function canBeRequiredWithoutScheme(id) {
  return builtinSet.has(id);
}

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return canBeRequiredByUsers(id.slice(5));
  return builtinSet.has(id);
}

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

const hostModules = internalBinding('process_methods');

// ---------------------------------------------------------------------------
// File system look-ups, cached as Node caches them

let statCache = null;
function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = fsBinding.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

function readPackage(dir) {
  return packageJsonReader.read(resolvePath(dir, 'package.json'));
}

// Node's CommonJS reads of package.json report a parse error as a plain Error.
function readPackageCjs(dir) {
  const jsonPath = resolvePath(dir, 'package.json');
  try {
    return packageJsonReader.read(jsonPath);
  } catch (err) {
    if (err.code !== 'ERR_INVALID_PACKAGE_CONFIG') throw err;
    const detail = err.message.slice(err.message.indexOf(jsonPath) + jsonPath.length + 2);
    const e = new Error(`Error parsing ${jsonPath}: ${detail}`);
    e.path = jsonPath;
    throw e;
  }
}

// The package.json governing `filename` (a record; `exists` may be false).
function packageScope(filename) {
  return packageJsonReader.getPackageScope(filename);
}

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (filename.endsWith('.js')) return packageScope(filename).type === 'module';
  return false;
}

// ---------------------------------------------------------------------------
// Module

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');
const moduleParentCache = new WeakMap();

// Membership of each parent's children array, so a cached require() does not
// scan the whole array (slow in this engine); rebuilt whenever the array was
// replaced or changed length behind the loader's back.
const childSets = new WeakMap();
function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (!Array.isArray(children)) return;
  let entry = childSets.get(parent);
  if (entry === undefined || entry.array !== children || entry.length !== children.length) {
    entry = { array: children, length: children.length, set: new Set(children) };
    childSets.set(parent, entry);
  }
  if (scan && entry.set.has(child)) return;
  children.push(child);
  entry.set.add(child);
  entry.length = children.length;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

let modulePaths = [];

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = Object.freeze(nodeBuiltins.slice());
Module.isBuiltin = isBuiltin;
Module.Module = Module;

// util.inspect prints a module as a plain object, as in Node (the constructor
// is an accessor, so no class name is shown).
Object.defineProperty(Module.prototype, 'constructor', {
  __proto__: null,
  get() {
    return Module;
  },
  set(value) {
    Object.defineProperty(this, 'constructor', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  configurable: true,
  enumerable: false,
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  get() {
    return false;
  },
  configurable: true,
  enumerable: false,
});

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() {
    return moduleParentCache.get(this);
  },
  set(value) {
    moduleParentCache.set(this, value);
  },
  configurable: true,
  enumerable: false,
});

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

let requireDepth = 0;
let mainRanAsModule = false;

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
let wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrapperPatched = false;

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    // Keep the line so line numbers stay the file's.
    return `//${content.slice(2)}`;
  }
  return content;
}

function decorateSyntaxError(err, content, filename, firstLineOffset) {
  helpers().decorateSyntaxError(err, content, filename, firstLineOffset);
}

// A wrapper the ESM loader compiled while checking a file's syntax, kept for
// the CommonJS load that follows (filename -> [content, function]).
const precompiled = new Map();
function rememberCompiled(filename, content, fn) {
  precompiled.set(filename, [content, fn]);
}

function wrapSafe(filename, content) {
  const early = precompiled.get(filename);
  if (early !== undefined) {
    precompiled.delete(filename);
    if (early[0] === content && !wrapperPatched) return early[1];
  }
  if (wrapperPatched) {
    const source = Module.wrap(content);
    return contextify.runScript(source, filename);
  }
  return contextify.compileFunction(content, filename, wrapperParams);
}

// Does this source only parse as an ES module (import/export, import.meta,
// top-level await)? Node retries such a .js file as ESM when its package.json
// does not set "type".
function reparseAsModule(content, filename) {
  return contextify.canParseModule(content, filename);
}

Module.prototype._compile = function _compile(content, filename, format) {
  if (format === 'module') return loadESMFromCJS(this, filename, content, false);
  content = stripShebang(content);
  let compiledWrapper;
  try {
    compiledWrapper = wrapSafe(filename, content);
  } catch (err) {
    if (format === undefined && err !== null && typeof err === 'object' && err.name === 'SyntaxError' &&
        reparseAsModule(content, filename)) {
      return loadESMFromCJS(this, filename, content, true);
    }
    decorateSyntaxError(err, content, filename, wrapperPatched ? 0 : wrapper[0].length - 1);
    throw err;
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  let result;
  this[kIsExecuting] = true;
  try {
    result = Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
    if (requireDepth === 0) statCache = null;
  }
  return result;
};

// require() of an ES module (or the main module when it only parses as one).
function loadESMFromCJS(mod, filename, source, detected) {
  const esm = require('internal/modules/esm');
  if (mod[kIsMainSymbol]) {
    mainRanAsModule = true;
    if (detected) esm.warnTypelessPackage(filename);
    process.mainModule = undefined;
    require('internal/main').runModuleFile(source, filename);
    return;
  }
  const parent = moduleParentCache.get(mod);
  const result = esm.requireModule(source, filename, parent?.filename);
  if (result === esm.kAsync) {
    throw new (codes().ERR_REQUIRE_ASYNC_MODULE)(filename, parent?.filename);
  }
  mod.exports = result;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let startIndex = 0;
  let index;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // a dotfile
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module._extensions['.js'] = function loadJs(module, filename) {
  let format;
  if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (filename.endsWith('.js')) {
    const type = packageScope(filename).type;
    if (type === 'module' || type === 'commonjs') format = type;
  }
  const content = fsBinding.readFileUtf8(filename);
  module._compile(content, filename, format);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: ` +
    'Coil runs JavaScript only and does not support .node addons');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// ---------------------------------------------------------------------------
// Resolution

// path.resolve(dir, request) for the loader's common case (an absolute,
// normalized dir and a request of plain segments after ./ or ../), without
// path.resolve's general (and, in this engine, slow) normalization.
const unusualSegment = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/;
function resolvePath(dir, request) {
  if (dir.charCodeAt(0) !== 47 /* / */ || unusualSegment.test(dir)) return path.resolve(dir, request);
  let i = 0;
  let base = dir;
  while (true) {
    if (request.startsWith('./', i)) {
      i += 2;
    } else if (request.startsWith('../', i)) {
      i += 3;
      const slash = base.lastIndexOf('/');
      base = slash <= 0 ? '/' : base.slice(0, slash);
    } else {
      break;
    }
  }
  const rest = i === 0 ? request : request.slice(i);
  if (rest === '' || rest.charCodeAt(0) === 47 || unusualSegment.test(rest)) return path.resolve(dir, request);
  return base === '/' ? `/${rest}` : `${base}/${rest}`;
}

const nodeModulePathsCache = new Map();
Module._nodeModulePaths = function nodeModulePaths(from) {
  const cached = nodeModulePathsCache.get(from);
  if (cached !== undefined) return cached.slice();
  const paths = computeNodeModulePaths(from);
  nodeModulePathsCache.set(from, paths);
  return paths.slice();
};

function computeNodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; i--) {
    if (from.charCodeAt(i) === 47 /* / */) {
      const segment = from.slice(i + 1, last);
      if (segment !== 'node_modules') paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
    }
  }
  paths.push('/node_modules');
  return paths;
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

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (!isRelativeRequest(request)) {
    const paths = bareLookupPaths(parent);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

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
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

function createEsmNotFoundErr(request, pkgJsonPath) {
  return helpers().createEsmNotFoundErr(request, pkgJsonPath);
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

Module._findPath = function findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${pathsKey(paths)}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const last = request.charCodeAt(request.length - 1);
  let trailingSlash = request.length > 0 && (last === 47 /* / */ || (last === 46 /* . */ && (
    request.length === 1 || request.charCodeAt(request.length - 2) === 47 ||
    (request.charCodeAt(request.length - 2) === 46 &&
      (request.length === 2 || request.charCodeAt(request.length - 3) === 47)))));

  let insidePath = true;
  if (isRelativeRequest(request) && request.includes('..')) {
    const normalized = path.normalize(request);
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
  void trailingSlash;
  return false;
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
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
};

// ---------------------------------------------------------------------------
// Loading

const relativeResolveCache = { __proto__: null };

// A circular require sees the partial exports (see helpers).
let circularProxy = null;
function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    circularProxy ??= helpers().circularRequirePrototype();
    Object.setPrototypeOf(exports, circularProxy);
  }
  return exports;
}

Module._load = function load(request, parent, isMain) {
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

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  module[kIsMainSymbol] = Boolean(isMain);
  module[kIsCachedByESMLoader] = false;
  module[kIsExecuting] = false;

  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports !== null && typeof module.exports === 'object' &&
               circularProxy !== null && Object.getPrototypeOf(module.exports) === circularProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    const result = Module._resolveLookupPaths(request, mod);
    return Array.isArray(result) ? result.slice() : result;
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  return helpers().createRequire(filename);
};

Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() {
    return wrap;
  },
  set(value) {
    wrapperPatched = true;
    wrap = value;
  },
  configurable: true,
  enumerable: false,
});
let wrap = function wrap(script) {
  return `${wrapper[0]}${script}${wrapper[1]}`;
};
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() {
    return wrapper;
  },
  set(value) {
    wrapperPatched = true;
    wrapper = value;
  },
  configurable: true,
  enumerable: false,
});

Module._initPaths = function initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter((p) => !!p).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm').syncBuiltinESMExports();
};

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module.register = function register() {
  throw new (codes().ERR_NOT_IMPLEMENTED)('module.register (loader hooks)');
};

class SourceMap {
  #payload;
  constructor(payload) {
    this.#payload = payload;
  }

  get payload() {
    return this.#payload;
  }

  findEntry() {
    return {};
  }
}
Module.SourceMap = SourceMap;

Module._debug = function _debug(...args) {
  void args;
};

Module.runMain = function runMain(main = process.argv[1]) {
  return require('internal/main').runMain(main);
};

Module._initPaths();

// Whether the main module turned out to be an ES module (run by the ESM loader).
function takeMainRanAsModule() {
  const value = mainRanAsModule;
  mainRanAsModule = false;
  return value;
}

module.exports = {
  Module,
  makeRequire: makeRequireFunction,
  makeRequireFunction,
  isBuiltin,
  isEsmFile,
  packageScope,
  loadBuiltin,
  canBeRequiredWithoutScheme,
  builtinModules: Module.builtinModules,
  readPackage,
  toRealPath,
  tryFile,
  takeMainRanAsModule,
  decorateSyntaxError,
  rememberCompiled,
  stripShebang,
  kIsCachedByESMLoader,
  kIsMainSymbol,
  moduleParentCache,
};
