'use strict';
// ES module resolution for the engine's module loader: relative and absolute
// paths and file: URLs, node: builtins, bare package names through
// node_modules (`exports` "import"/"node"/"default" conditions, else `main`),
// and `import.meta`.

const path = require('path');
const fsBinding = internalBinding('fs');
const { Module, isBuiltin, isEsmFile, loadBuiltin } = require('internal/modules/cjs/loader');
const { codes: { ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT } } = require('internal/errors');

const identifier = /^[A-Za-z_$][\w$]*$/;

function exportNames(exports) {
  if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return [];
  return Object.keys(exports).filter((k) => k !== 'default' && identifier.test(k));
}

function fileUrlToPath(url) {
  return require('url').fileURLToPath(url);
}

function pathToFileUrl(file) {
  return require('url').pathToFileURL(file).href;
}

function conditionTarget(target) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = conditionTarget(t);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'import' || key === 'node' || key === 'default' || key === 'module-sync') {
        const r = conditionTarget(target[key]);
        if (r) return r;
      }
    }
  }
  return null;
}

function resolvePackage(specifier, baseDir) {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.slice(nameLength).join('/');
  for (const dir of Module._nodeModulePaths(baseDir)) {
    const pkgDir = path.join(dir, name);
    if (fsBinding.internalModuleStat(pkgDir) !== 1) continue;
    let pkg = null;
    const pkgFile = path.join(pkgDir, 'package.json');
    if (fsBinding.internalModuleStat(pkgFile) === 0) pkg = JSON.parse(fsBinding.readFileUtf8(pkgFile));
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const exp = pkg.exports;
      const key = subpath ? `./${subpath}` : '.';
      let target = null;
      if (typeof exp === 'string' || Array.isArray(exp) ||
          (typeof exp === 'object' && !Object.keys(exp).some((k) => k.startsWith('.')))) {
        if (key === '.') target = conditionTarget(exp);
      } else if (exp[key] !== undefined) {
        target = conditionTarget(exp[key]);
      }
      if (target) return path.resolve(pkgDir, target);
    }
    if (subpath) return path.resolve(pkgDir, subpath);
    if (pkg && typeof pkg.main === 'string') {
      const main = path.resolve(pkgDir, pkg.main);
      for (const candidate of [main, `${main}.js`, `${main}.json`, path.join(main, 'index.js')]) {
        if (fsBinding.internalModuleStat(candidate) === 0) return candidate;
      }
    }
    return path.join(pkgDir, 'index.js');
  }
  return null;
}

// -> [kind, key, exports?, names?]
function resolve(specifier, base) {
  if (isBuiltin(specifier) || specifier.startsWith('node:')) {
    const exports = loadBuiltin(specifier);
    const id = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    return ['builtin', id, exports, exportNames(exports)];
  }
  const baseFile = base && !base.startsWith('[') ? base : path.join(process.cwd(), '[eval]');
  const baseDir = path.dirname(baseFile);
  let file;
  if (specifier.startsWith('file:')) {
    file = fileUrlToPath(specifier);
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
             specifier === '.' || specifier === '..') {
    file = path.resolve(baseDir, specifier);
  } else {
    file = resolvePackage(specifier, baseDir);
    if (file === null) throw new ERR_MODULE_NOT_FOUND(specifier, baseFile, false);
  }
  const kind = fsBinding.internalModuleStat(file);
  if (kind === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, baseFile);
  if (kind !== 0) throw new ERR_MODULE_NOT_FOUND(file, baseFile, true);
  file = fsBinding.realpath(file);
  if (file.endsWith('.json')) return ['json', file];
  if (isEsmFile(file)) return ['esm', file];
  const exports = Module._load(file, null, false);
  return ['cjs', file, exports, exportNames(exports)];
}

function initImportMeta(meta, file) {
  if (file.startsWith('[')) return;
  const url = pathToFileUrl(file);
  meta.url = url;
  meta.filename = file;
  meta.dirname = path.dirname(file);
  meta.resolve = function resolveSpecifier(specifier) {
    const result = resolve(`${specifier}`, file);
    if (result[0] === 'builtin') return `node:${result[1]}`;
    return pathToFileUrl(result[1]);
  };
}

module.exports = { resolve, initImportMeta };
