'use strict';
// The ES module resolver and loader front end. The engine's module loader
// (coil_engine::esm) calls `resolve(specifier, basePath, attributeType)` for
// every import and gets back [kind, key, path, load]:
//
//   kind  'builtin' | 'esm' | 'cjs' | 'json'
//   key   the module's URL (file:, data:) or 'node:<id>' — the cache key
//   path  the file (for stack traces and import.meta), or undefined
//   load  called only when the key is not cached yet:
//           esm, json -> the source text
//           builtin   -> [exportNames, exports]
//           cjs       -> [exportNames, evaluate]; evaluate() runs the module
//                        (when the importing graph reaches it) and returns
//                        [module.exports, values of exportNames]
//
// Resolution follows Node's ESM algorithm: URLs (file:, data:, node:),
// relative and absolute specifiers, "#imports", bare packages with
// "exports" ("import"/"node"/"default" conditions) or legacy "main", no
// extension probing, directory imports refused, format from the extension and
// package "type" (with module-syntax detection when "type" is missing), and
// import attributes checked as Node 20 checks them. Also import.meta and
// require() of ES modules.

const path = require('path');
const fsBinding = internalBinding('fs');
const contextify = internalBinding('contextify');
const cjsLoader = require('internal/modules/cjs/loader');
const packageJsonReader = require('internal/modules/package_json_reader');
const resolver = require('internal/modules/esm/resolve');
const { codes } = require('internal/errors');

const { Module, canBeRequiredWithoutScheme } = cjsLoader;
const { loadBuiltin } = require('internal/modules/cjs/resolve');
const {
  ERR_MODULE_NOT_FOUND,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
  ERR_UNKNOWN_BUILTIN_MODULE,
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNKNOWN_MODULE_FORMAT,
  ERR_IMPORT_ASSERTION_TYPE_FAILED,
  ERR_IMPORT_ASSERTION_TYPE_MISSING,
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_REQUIRE_CYCLE_MODULE,
} = codes;

let lazyUrl = null;
function url() {
  if (lazyUrl === null) lazyUrl = require('internal/url');
  return lazyUrl;
}

function pathToFileUrl(file) {
  return `file://${url().encodePathChars(file)}`;
}

const urlSchemeRegEx = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const plainSpecifierRegEx = /[%?#\\]/;
const encodedSepRegEx = /%2F|%5C/i;

function isRelativeSpecifier(specifier) {
  if (specifier[0] !== '.') return false;
  if (specifier.length === 1 || specifier[1] === '/') return true;
  return specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/');
}

function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === '') return false;
  if (specifier[0] === '/') return true;
  return isRelativeSpecifier(specifier);
}

function parentPathOf(base) {
  if (!base || base[0] === '[') return path.join(process.cwd(), base || '[eval]');
  if (base.startsWith('node:')) return path.join(process.cwd(), '[eval]');
  return base;
}

// -> { url, file } for a file:, or { url, builtin } / { url, data }.
function finalizeResolution(file, search, parentPath) {
  if (file.indexOf('%') !== -1) {
    if (encodedSepRegEx.test(file)) {
      throw new ERR_INVALID_MODULE_SPECIFIER(file,
        'must not include encoded "/" or "\\" characters', parentPath);
    }
    try {
      file = decodeURIComponent(file);
    } catch {
      // Left as written: the file will not be found.
    }
  }
  const fileUrl = pathToFileUrl(file) + search;
  const stats = fsBinding.internalModuleStat(file.endsWith('/') ? '/' : file);
  if (stats === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, parentPath, fileUrl);
  if (stats !== 0) throw new ERR_MODULE_NOT_FOUND(file, parentPath, fileUrl);
  const real = cjsLoader.toRealPath(file);
  return { url: pathToFileUrl(real) + search, file: real };
}

function resolveTarget(target, parentPath) {
  if (target.startsWith('node:')) return { url: target, builtin: target.slice(5) };
  return finalizeResolution(target, '', parentPath);
}

function moduleResolve(specifier, parentPath) {
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    if (!plainSpecifierRegEx.test(specifier)) {
      let file = specifier[0] === '/' ? path.resolve(specifier) :
        path.resolve(path.dirname(parentPath), specifier);
      if (specifier.endsWith('/') && !file.endsWith('/')) file += '/';
      return finalizeResolution(file, '', parentPath);
    }
    const resolved = new (url().URL)(specifier, pathToFileUrl(parentPath));
    return finalizeResolution(resolved.pathname, `${resolved.search}${resolved.hash}`, parentPath);
  }
  if (specifier[0] === '#') {
    return resolveTarget(resolver.packageImportsResolve(specifier, parentPath, resolver.esmConditions),
      parentPath);
  }
  if (urlSchemeRegEx.test(specifier)) {
    let parsed;
    try {
      parsed = new (url().URL)(specifier);
    } catch {
      parsed = null;
    }
    if (parsed !== null) return resolveUrl(parsed, specifier, parentPath);
  }
  return resolveTarget(resolver.packageResolve(specifier, parentPath, resolver.esmConditions),
    parentPath);
}

// Other schemes resolve to themselves; loading refuses them (as Node 20 does:
// import.meta.resolve still answers).
function resolveUrl(parsed, specifier, parentPath) {
  switch (parsed.protocol) {
    case 'node:':
      return { url: specifier, builtin: specifier.slice(5) };
    case 'file:':
      return finalizeResolution(parsed.pathname, `${parsed.search}${parsed.hash}`, parentPath);
    case 'data:':
      return { url: parsed.href, data: parsed };
    default:
      return { url: parsed.href, unsupported: parsed };
  }
}

// What CommonJS would have found: Node adds it to a not-found error as a hint.
function resolveAsCommonJS(specifier, parentPath) {
  try {
    const tmpModule = new Module(parentPath, null);
    tmpModule.paths = Module._nodeModulePaths(parentPath);
    let found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeSpecifier(specifier)) {
      found = path.relative(path.dirname(parentPath), found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (specifier[0] !== '/' && !urlSchemeRegEx.test(specifier)) {
      const i = specifier.indexOf('/');
      const pkg = i === -1 ? specifier : specifier.slice(0, i);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = `${pkg}/${found.slice(index + needle.length).split('/').map(encodeURIComponent).join('/')}`;
      } else {
        found = pathToFileUrl(found);
      }
    }
    return found;
  } catch {
    return false;
  }
}

function decorateErrorWithCommonJSHints(error, specifier, parentPath) {
  const found = resolveAsCommonJS(specifier, parentPath);
  if (found && found !== specifier) {
    const hint = `Did you mean to import ${JSON.stringify(found)}?`;
    error.message += `\n${hint}`;
    try {
      const stack = String(error.stack);
      const newline = stack.indexOf('\n');
      error.stack = newline === -1 ? `${stack}\n${hint}` :
        `${stack.slice(0, newline)}\n${hint}${stack.slice(newline)}`;
    } catch {
      // Keep the stack as it is.
    }
  }
}

// Node's resolve: { url, file | builtin | data }.
const resolveCache = new Map();
function defaultResolve(specifier, parentPath) {
  const cacheKey = `${parentPath}\x00${specifier}`;
  const cached = resolveCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let result;
  try {
    result = moduleResolve(specifier, parentPath);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      let request = specifier;
      if (request.startsWith('file://')) {
        try {
          request = url().fileURLToPath(request);
        } catch {
          // Keep the specifier.
        }
      }
      decorateErrorWithCommonJSHints(error, request, parentPath);
    }
    throw error;
  }
  resolveCache.set(cacheKey, result);
  return result;
}

// ---------------------------------------------------------------------------
// Formats

const typelessWarned = new Set();
function warnTypelessPackage(filename) {
  if (filename.includes('/node_modules/')) return;
  const scope = packageJsonReader.getPackageScope(filename);
  if (!scope.exists || typelessWarned.has(scope.pjsonPath)) return;
  typelessWarned.add(scope.pjsonPath);
  process.emitWarning(`Module type of ${pathToFileUrl(filename)} is not specified and it doesn't ` +
    'parse as CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a ' +
    `performance overhead.\nTo eliminate this warning, add "type": "module" to ${scope.pjsonPath}.`,
  { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// Does CommonJS compilation fail where ES module parsing succeeds?
function containsModuleSyntax(source, filename) {
  try {
    const content = cjsLoader.stripShebang(source);
    const fn = contextify.compileFunction(content, filename,
      ['exports', 'require', 'module', '__filename', '__dirname']);
    // The CommonJS load that follows uses this compilation.
    cjsLoader.rememberCompiled(filename, content, fn);
    return false;
  } catch (err) {
    if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return false;
    return contextify.canParseModule(source, filename);
  }
}

// The format of a resolved file, and its source when reading it was needed.
const formatCache = new Map();
function formatOf(file) {
  const cached = formatCache.get(file);
  if (cached !== undefined) return cached;
  let result;
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  const ext = dot > slash + 1 ? file.slice(dot) : '';
  if (ext === '.mjs') {
    result = { format: 'esm' };
  } else if (ext === '.cjs') {
    result = { format: 'cjs' };
  } else if (ext === '.json') {
    result = { format: 'json' };
  } else if (ext === '.js' || ext === '') {
    const type = packageJsonReader.getPackageType(file);
    if (type === 'module') {
      result = { format: 'esm' };
    } else if (type === 'commonjs') {
      result = { format: 'cjs' };
    } else {
      const source = fsBinding.readFileUtf8(file);
      if (containsModuleSyntax(source, file)) {
        warnTypelessPackage(file);
        result = { format: 'esm', source };
      } else {
        result = { format: 'cjs', source };
      }
    }
  } else {
    throw new ERR_UNKNOWN_FILE_EXTENSION(ext, file);
  }
  // The source is only needed once.
  formatCache.set(file, { format: result.format });
  return result;
}

function validateAttributes(key, format, type) {
  const validType = format === 'json' ? 'json' : undefined;
  if (validType === undefined) {
    if (type === undefined) return;
    handleInvalidType(key, type);
  }
  if (type === validType) return;
  if (type === undefined) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(key, validType);
  handleInvalidType(key, type);
}

function handleInvalidType(key, type) {
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(key, type);
}

// ---------------------------------------------------------------------------
// CommonJS seen from ESM

function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

// Names a static scan finds, plus those of re-exported CommonJS modules.
const cjsNamesCache = new Map();
function cjsExportNames(file, source, seen = new Set()) {
  const cached = cjsNamesCache.get(file);
  if (cached !== undefined) return cached;
  if (seen.has(file)) return [];
  seen.add(file);
  if (source === undefined) source = fsBinding.readFileUtf8(file);
  const [names, reexports] = contextify.cjsExportNames(source);
  const all = new Set(names);
  if (reexports.length > 0) {
    const parent = new Module(file, null);
    parent.filename = file;
    parent.paths = Module._nodeModulePaths(path.dirname(file));
    for (let i = 0; i < reexports.length; i++) {
      let resolved;
      try {
        resolved = Module._resolveFilename(reexports[i], parent, false);
      } catch {
        continue;
      }
      if (!path.isAbsolute(resolved)) continue;
      const ext = path.extname(resolved);
      if (ext !== '.js' && ext !== '.cjs' && Module._extensions[ext]) continue;
      if (cjsLoader.isEsmFile(resolved)) continue;
      let more;
      try {
        more = cjsExportNames(resolved, undefined, seen);
      } catch {
        continue;
      }
      for (let j = 0; j < more.length; j++) all.add(more[j]);
    }
  }
  all.delete('default');
  const result = Array.from(all);
  cjsNamesCache.set(file, result);
  return result;
}

function loadCommonJS(file) {
  const cached = Module._cache[file];
  if (cached !== undefined && cached.loaded) return cached.exports;
  return Module._load(file, undefined, false);
}

function valuesOf(exports, names) {
  const values = new Array(names.length);
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (let i = 0; i < names.length; i++) {
      if (!hasOwn(exports, names[i])) continue;
      try {
        values[i] = exports[names[i]];
      } catch {
        // A throwing getter exports undefined.
      }
    }
  }
  return values;
}

// -> [names, evaluate]; evaluate() -> [default, values] when the graph runs it.
function cjsLoad(file, source) {
  const names = cjsExportNames(file, source);
  return [names, () => {
    const exports = loadCommonJS(file);
    return [exports, valuesOf(exports, names)];
  }];
}

function builtinLoad(id) {
  const exports = loadBuiltin(id, `node:${id}`);
  const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
    Object.keys(exports).filter((k) => k !== 'default') : [];
  return [names, () => [exports, valuesOf(exports, names)]];
}

// JSON modules share require()'s cache (when the URL has no query).
function jsonLoad(file, key, text) {
  return [[], () => {
    const shareCache = file !== undefined && !key.includes('?');
    if (shareCache) {
      const cached = Module._cache[file];
      if (cached?.loaded) return [cached.exports, []];
    }
    if (text === undefined) text = fsBinding.readFileUtf8(file);
    let value;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      err.message = `${file !== undefined ? file : key}: ${err.message}`;
      throw err;
    }
    if (shareCache) {
      const module = new Module(file, undefined);
      module.filename = file;
      module.paths = Module._nodeModulePaths(path.dirname(file));
      module.exports = value;
      module.loaded = true;
      Module._cache[file] = module;
    }
    return [value, []];
  }];
}

// ---------------------------------------------------------------------------
// data: URLs

function dataUrlModule(parsed) {
  const match = /^([^,]*?)(;base64)?,([\s\S]*)$/.exec(parsed.pathname);
  if (match === null) throw new ERR_INVALID_MODULE_SPECIFIER(parsed.href, 'is not a valid data: URL');
  const mime = match[1].split(';')[0].trim().toLowerCase();
  let body = match[3];
  body = match[2] ? require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString('utf8') :
    decodeURIComponent(body);
  let format;
  if (mime === 'text/javascript' || mime === 'application/javascript') format = 'esm';
  else if (mime === 'application/json') format = 'json';
  else throw new ERR_UNKNOWN_MODULE_FORMAT(mime, parsed.href);
  return { format, source: body };
}

// ---------------------------------------------------------------------------
// The engine hook

function resolve(specifier, base, type) {
  const parentPath = parentPathOf(base);
  const result = defaultResolve(specifier, parentPath);
  const key = result.url;
  if (result.builtin !== undefined) {
    const id = result.builtin;
    if (!cjsLoader.isBuiltin(`node:${id}`)) throw new ERR_UNKNOWN_BUILTIN_MODULE(key);
    validateAttributes(key, 'builtin', type);
    return ['builtin', key, undefined, () => builtinLoad(id)];
  }
  if (result.unsupported !== undefined) {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(result.unsupported, ['file', 'data', 'node']);
  }
  if (result.data !== undefined) {
    const { format, source } = dataUrlModule(result.data);
    validateAttributes(key, format, type);
    if (format === 'json') return ['json', key, undefined, () => jsonLoad(undefined, key, source)];
    return [format, key, undefined, () => source];
  }
  const file = result.file;
  const { format, source } = formatOf(file);
  validateAttributes(key, format, type);
  switch (format) {
    case 'esm':
      return ['esm', key, file, () => (source !== undefined ? source : fsBinding.readFileUtf8(file))];
    case 'json':
      return ['json', key, file, () => jsonLoad(file, key, undefined)];
    default:
      return ['cjs', key, file, () => cjsLoad(file, source)];
  }
}

// import.meta for a module at `file` (URL `moduleUrl`).
function initImportMeta(meta, file, moduleUrl) {
  if (moduleUrl === undefined) {
    if (file[0] === '[') return;
    moduleUrl = pathToFileUrl(file);
  }
  const isFile = moduleUrl.startsWith('file:');
  if (isFile) {
    meta.dirname = path.dirname(file);
    meta.filename = file;
  }
  const parentPath = isFile ? file : path.join(process.cwd(), '[eval]');
  meta.resolve = function resolve(specifier) {
    const spec = `${specifier}`;
    try {
      return defaultResolve(spec, parentPath).url;
    } catch (error) {
      if ((error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT' || error?.code === 'ERR_MODULE_NOT_FOUND') &&
          error.url) {
        return error.url;
      }
      throw error;
    }
  };
  meta.url = moduleUrl;
}

// ---------------------------------------------------------------------------
// require() of an ES module

const kAsync = Symbol('kAsync');

function requireModule(source, filename, parentFilename) {
  const key = pathToFileUrl(filename);
  const result = contextify.requireModule(source, filename, key);
  if (result[0] === 1) return kAsync;
  if (result[0] === 2) {
    const from = parentFilename ? `(from ${parentFilename}) ` : '';
    throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle. ${from}` +
      'A cycle involving require(esm) is not allowed to maintain invariants mandated by the ' +
      'ECMAScript specification. Try making at least part of the dependency in the graph lazily loaded.');
  }
  const namespace = result[1];
  if ('module.exports' in namespace) return namespace['module.exports'];
  if ('default' in namespace && !('__esModule' in namespace)) return contextify.esmFacade(key);
  return namespace;
}

// A parse error in an ES module: Node's "url:line / source line / caret"
// header above the stack (the engine puts the position in the message).
function decorateModuleSyntaxError(err, source, url) {
  cjsLoader.decorateSyntaxError(err, source, url, 0);
  return err;
}

function syncBuiltinESMExports() {
  // Builtin namespaces take their values when first imported.
}

module.exports = {
  resolve,
  initImportMeta,
  requireModule,
  kAsync,
  warnTypelessPackage,
  syncBuiltinESMExports,
  pathToFileUrl,
  containsModuleSyntax,
  decorateModuleSyntaxError,
};
