'use strict';
// The CommonJS loader: Module, require, resolution (relative and absolute
// paths, extension probing, directories through package.json `main` or
// index.js, the node_modules walk), JSON modules, the module wrapper and the
// module cache. Package `exports`/`imports`, NODE_PATH and the rest of Node's
// resolver belong to the module-system issue.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction, builtinIds } = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const builtinModules = builtinIds().filter((id) => !id.startsWith('internal/')).sort();
const builtinSet = new Set(builtinModules);
// Modules only reachable with the node: prefix.
const schemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return builtinSet.has(name) && (id.startsWith('node:') || !schemeOnly.has(name));
}

function loadBuiltin(id) {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!builtinSet.has(name)) throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
  return require(name);
}

const hostModules = internalBinding('process_methods');

const statCache = new Map();
function stat(filename) {
  let result = statCache.get(filename);
  if (result === undefined) {
    result = fsBinding.internalModuleStat(filename);
    statCache.set(filename, result);
  }
  return result;
}

const packageCache = new Map();
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (packageCache.has(file)) return packageCache.get(file);
  let result = null;
  if (stat(file) === 0) {
    const text = fsBinding.readFileUtf8(file);
    try {
      result = JSON.parse(text);
    } catch (err) {
      err.path = file;
      err.message = `Error parsing ${file}: ${err.message}`;
      throw err;
    }
  }
  packageCache.set(file, result);
  return result;
}

// The package.json that governs `filename` (for "type").
function packageScope(filename) {
  let dir = path.dirname(filename);
  while (true) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg !== null) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (filename.endsWith('.js')) return packageScope(filename)?.type === 'module';
  return false;
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent && Array.isArray(parent.children) && !parent.children.includes(this)) {
      parent.children.push(this);
    }
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let ext = path.extname(filename);
    if (ext === '.mjs' || !Module._extensions[ext]) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) {
      const end = content.indexOf('\n');
      content = `//${content.slice(2, end === -1 ? content.length : end)}${end === -1 ? '' : content.slice(end)}`;
    }
    const wrapper = compileFunction(content, filename,
      ['exports', 'require', 'module', '__filename', '__dirname']);
    const require = makeRequire(this);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.globalPaths = [];
Module.Module = Module;

Module._extensions['.js'] = function loadJs(module, filename) {
  if (isEsmFile(filename)) {
    const parent = module.parent;
    throw new ERR_REQUIRE_ESM(filename, true, parent?.filename);
  }
  module._compile(fsBinding.readFileUtf8(filename), filename);
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
  const err = new Error(`Cannot load native addon '${filename}': Coil does not support .node addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

const extensions = ['.js', '.json', '.node'];

function tryFile(filename) {
  return stat(filename) === 0 ? fsBinding.realpath(filename) : false;
}

function tryExtensions(base) {
  for (const ext of extensions) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return false;
}

function tryPackage(dir) {
  const pkg = readPackage(dir);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : null;
  if (main) {
    const base = path.resolve(dir, main);
    const found = tryFile(base) || tryExtensions(base) || tryExtensions(path.join(base, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function resolveAt(base) {
  const kind = stat(base);
  if (kind === 0) return fsBinding.realpath(base);
  return tryExtensions(base) || (kind === 1 ? tryPackage(base) : false);
}

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') ||
    request.startsWith('../') || request.startsWith('/');
}

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isRelative(request)) {
    return [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
  }
  const fromParent = parent?.paths?.length ? parent.paths : Module._nodeModulePaths(process.cwd());
  return fromParent.concat(Module.globalPaths);
};

Module._findPath = function findPath(request, paths) {
  if (request.startsWith('/')) return resolveAt(request);
  for (const dir of paths) {
    const found = resolveAt(path.resolve(dir, request));
    if (found) return found;
  }
  return false;
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (options?.paths) {
    paths = [];
    for (const p of options.paths) {
      if (isRelative(request)) paths.push(p);
      else paths.push(...Module._nodeModulePaths(p));
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const found = Module._findPath(request, paths);
  if (found) return found;
  const stack = [];
  for (let m = parent; m; m = m.parent) stack.push(m.filename || m.id);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:')) return loadBuiltin(request);
  const host = hostModules.getHostModule(request);
  if (host !== undefined) return host;
  if (isBuiltin(request)) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    Module._mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function makeRequire(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    if (isBuiltin(request)) return null;
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  require.main = Module._mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequire(module);
};

Module.wrap = function wrap(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

Module.runMain = function runMain(main = process.argv[1]) {
  return require('internal/main').runMain(main);
};

void ERR_INVALID_ARG_TYPE;

module.exports = { Module, makeRequire, isBuiltin, isEsmFile, packageScope, loadBuiltin, builtinModules };
