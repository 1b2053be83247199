'use strict';
// The CommonJS loader: Module and require, builtins, the module wrapper,
// JSON modules, circular requires with partial exports, require(esm) (Node
// 20.19+: an ES module required from CommonJS is loaded synchronously), and
// module-syntax detection for .js files whose package.json does not say
// "type". Node's resolution algorithm (request -> filename) is its own module,
// internal/modules/cjs/resolve, loaded by the first require(): the main
// module is found by the runtime's resolveMain, so a script that requires
// nothing compiles neither it nor node:path nor the package.json reader.
//
// Caching follows Node: positive stat results are cached while the outermost
// require() runs, package.json reads and realpaths for the whole process,
// resolved filenames in Module._pathCache and in a per-parent relative cache.

const fsBinding = internalBinding('fs');
const contextify = internalBinding('contextify');
const { lineOneShifts } = require('internal/errors_stack');
// internal/errors is loaded when an error is built, not at start-up.
let errorCodes = null;
function codes() {
  if (errorCodes === null) errorCodes = require('internal/errors').codes;
  return errorCodes;
}
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/validators').validateString(value, name);
}

// The loader's less common paths, loaded on first use.
let helpersLib = null;
function helpers() {
  if (helpersLib === null) helpersLib = require('internal/modules/cjs/helpers');
  return helpersLib;
}

let resolverLib = null;
function resolver() {
  if (resolverLib === null) resolverLib = require('internal/modules/cjs/resolve');
  return resolverLib;
}

let pathLib = null;
function lazyPath() {
  if (pathLib === null) pathLib = require('path');
  return pathLib;
}

let readerLib = null;
function packageJsonReader() {
  if (readerLib === null) readerLib = require('internal/modules/package_json_reader');
  return readerLib;
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

// ---------------------------------------------------------------------------
// Paths

// An absolute path with no `.`/`..` segment, no `//` and no trailing slash:
// what path.resolve would return for it unchanged. The loader mostly sees
// such paths and handles them without loading node:path (whose general
// normalization is also slow in this engine); anything else goes there.
const unusualSegment = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/;
function isPlainAbsolute(p) {
  return p.charCodeAt(0) === 47 /* / */ && !unusualSegment.test(p);
}

// path.resolve(dir, request) for the loader's common case: a plain absolute
// dir and a request of plain segments after ./ or ../.
function resolvePath(dir, request) {
  if (!isPlainAbsolute(dir)) return lazyPath().resolve(dir, request);
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
  if (rest === '' || rest.charCodeAt(0) === 47 || unusualSegment.test(rest)) return lazyPath().resolve(dir, request);
  return base === '/' ? `/${rest}` : `${base}/${rest}`;
}

// path.dirname and path.basename.
function dirname(p) {
  if (isPlainAbsolute(p)) {
    const slash = p.lastIndexOf('/');
    return slash === 0 ? '/' : p.slice(0, slash);
  }
  // A bare name, as the ids '' and '[eval]'.
  if (!p.includes('/')) return '.';
  return lazyPath().dirname(p);
}

function basename(p) {
  if (!isPlainAbsolute(p)) return lazyPath().basename(p);
  return p.slice(p.lastIndexOf('/') + 1);
}

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

// The package.json governing `filename` (a record; `exists` may be false).
function packageScope(filename) {
  return packageJsonReader().getPackageScope(filename);
}

// The main file when resolveMain found no package.json on its scope walk:
// its type is known without loading the reader.
let typelessMain = null;

// "module", "commonjs" or "none": the "type" of the package.json governing
// `filename`.
function packageType(filename) {
  return filename === typelessMain ? 'none' : packageScope(filename).type;
}

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (filename.endsWith('.js')) return packageType(filename) === 'module';
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
  this.path = dirname(id);
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
  this.paths = Module._nodeModulePaths(dirname(filename));
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
    // The patched wrapper's own columns stand, as in Node.
    lineOneShifts.delete(filename);
    return contextify.runScript(source, filename);
  }
  const compiled = contextify.compileFunction(content, filename, wrapperParams);
  lineOneShifts.set(filename, wrapper[0].length - 1);
  return compiled;
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
  const dirnameOfFile = dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  let result;
  this[kIsExecuting] = true;
  try {
    result = Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirnameOfFile]);
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
    require('internal/main/esm').runModuleFile(source, filename);
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
  const name = basename(filename);
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
    const type = packageType(filename);
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

const nodeModulePathsCache = new Map();
Module._nodeModulePaths = function nodeModulePaths(from) {
  const cached = nodeModulePathsCache.get(from);
  if (cached !== undefined) return cached.slice();
  const paths = computeNodeModulePaths(from);
  nodeModulePathsCache.set(from, paths);
  return paths.slice();
};

function computeNodeModulePaths(from) {
  if (!isPlainAbsolute(from)) from = lazyPath().resolve(from);
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

// Resolution itself is internal/modules/cjs/resolve, loaded on first use.
Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  return resolver().resolveLookupPaths(request, parent);
};

Module._findPath = function findPath(request, paths, isMain) {
  return resolver().findPath(request, paths, isMain);
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  return resolver().resolveFilename(request, parent, isMain, options);
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

// Set once anything was loaded: before that nothing can have replaced the
// loader's functions (see loadMainDirectly).
let loadCalled = false;

Module._load = function load(request, parent, isMain) {
  loadCalled = true;
  return resolver().load(request, parent, isMain);
};

// A module that is not in the cache yet: created, cached and loaded (and
// taken out of the caches again when loading throws).
function loadNew(filename, parent, isMain, relResolveCacheIdentifier) {
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
}

// The main module as the runtime's resolveMain found it: a file, and whether
// any package.json lies on its package-scope walk. Without one its type is
// known ("none") without loading the package.json reader.
function noteMainScope(filename, hasPackageJson) {
  if (!hasPackageJson) typelessMain = filename;
}

// While nothing has been loaded, nothing (a -r preload) can have replaced
// Module._load, Module._findPath or their helpers: the main module can then be
// loaded as Module._load would load it, without resolving it again.
function canLoadMainDirectly() {
  return !loadCalled;
}

function loadMainDirectly(mainPath, filename) {
  loadCalled = true;
  // What Module._findPath would have cached for it.
  Module._pathCache[`${mainPath}\x00`] = filename;
  loadNew(filename, null, true, undefined);
}

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

// The global folders: NODE_PATH, then ~/.node_modules, ~/.node_libraries
// and <prefix>/lib/node (prefix: two levels above the executable).
Module._initPaths = function initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  let paths = [resolvePath(process.execPath, '../../lib/node')];
  if (homeDir) {
    paths.unshift(resolvePath(homeDir, '.node_libraries'));
    paths.unshift(resolvePath(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(':').filter((p) => !!p).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

// What the resolver searches for a bare request after parent.paths.
function globalLookupPaths() {
  return modulePaths;
}

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
  packageType,
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  builtinModules: Module.builtinModules,
  resolvePath,
  dirname,
  stat,
  toRealPath,
  globalLookupPaths,
  relativeResolveCache,
  updateChildren,
  getExportsForCircularRequire,
  loadNew,
  noteMainScope,
  canLoadMainDirectly,
  loadMainDirectly,
  takeMainRanAsModule,
  decorateSyntaxError,
  rememberCompiled,
  stripShebang,
  kIsCachedByESMLoader,
  kIsMainSymbol,
  moduleParentCache,
};
