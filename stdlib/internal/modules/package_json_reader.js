'use strict';
// package.json reading for both loaders. Each file is read and parsed at most
// once per process (Node caches package.json the same way, including "not
// there"); only the fields resolution uses are kept. Also the walk to the
// package scope of a file: the nearest package.json above it, stopping at a
// node_modules directory.

const fsBinding = internalBinding('fs');

// jsonPath -> record { exists, pjsonPath, name, main, type, exports, imports }.
const cache = new Map();

let lazyErrors = null;
function errors() {
  if (lazyErrors === null) lazyErrors = require('internal/errors').codes;
  return lazyErrors;
}

function missing(jsonPath) {
  return {
    exists: false, pjsonPath: jsonPath, name: undefined, main: undefined,
    type: 'none', exports: undefined, imports: undefined,
  };
}

// `base` (a path or URL string) and `specifier` only decorate the error of an
// unparsable file, as Node's "while importing" text.
function read(jsonPath, base, specifier) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  if (fsBinding.internalModuleStat(jsonPath) === 0) {
    try {
      text = fsBinding.readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    const record = missing(jsonPath);
    cache.set(jsonPath, record);
    return record;
  }
  let parsed;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    let where;
    if (base !== undefined) {
      const from = typeof base === 'string' && base.startsWith('file:') ?
        require('internal/url').fileURLToPath(base) : base;
      where = specifier !== undefined ? `"${specifier}" from ${from}` : from;
    }
    const e = new (errors().ERR_INVALID_PACKAGE_CONFIG)(jsonPath, where, err.message);
    throw e;
  }
  const record = {
    exists: true,
    pjsonPath: jsonPath,
    name: undefined,
    main: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
  if (parsed !== null && typeof parsed === 'object') {
    if (typeof parsed.name === 'string') record.name = parsed.name;
    if (typeof parsed.main === 'string') record.main = parsed.main;
    if (parsed.type === 'module' || parsed.type === 'commonjs') record.type = parsed.type;
    record.exports = parsed.exports;
    record.imports = parsed.imports;
  }
  cache.set(jsonPath, record);
  return record;
}

// The package.json that governs `filename`: walk up from its directory,
// stopping below a node_modules directory (a package's own scope never
// reaches the tree that installed it). Returns a record (exists may be false).
// Results are kept per directory: package.json files are read once anyway.
const scopeCache = new Map();
function getPackageScope(filename) {
  const slash = filename.lastIndexOf('/');
  const dir = slash <= 0 ? '' : filename.slice(0, slash);
  let record = scopeCache.get(dir);
  if (record === undefined) {
    record = findScope(dir);
    scopeCache.set(dir, record);
  }
  return record;
}

function findScope(dir) {
  while (true) {
    if (dir.endsWith('/node_modules')) break;
    const record = read(`${dir}/package.json`);
    if (record.exists) return record;
    if (dir === '') return missing('/package.json');
    const slash = dir.lastIndexOf('/');
    dir = slash <= 0 ? '' : dir.slice(0, slash);
  }
  return missing(`${dir}/package.json`);
}

function getPackageType(filename) {
  return getPackageScope(filename).type;
}

module.exports = { read, getPackageScope, getPackageType };
