'use strict';
// Package resolution shared by both loaders, written to Node's documented
// algorithm (PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE,
// PACKAGE_RESOLVE): package.json "exports" with subpaths, patterns, nested
// conditions and null targets, "imports" (#specifiers), and the ESM package
// walk with the legacy "main" fallback.
//
// It works on paths rather than URL objects (URL parsing per require would be
// the loader's hot path). A resolved target is returned as a path that may
// still hold percent-escapes; the caller's finalize step decodes it (as
// fileURLToPath does in Node) and checks the file. `base` is the path of the
// importing module, used only in error messages.

const fsBinding = internalBinding('fs');
const packageJsonReader = require('internal/modules/package_json_reader');

let lazyCodes = null;
function codes() {
  if (lazyCodes === null) lazyCodes = require('internal/errors').codes;
  return lazyCodes;
}

// Conditions: CommonJS resolves with "require", ES modules with "import".
// Node 20 also matches "module-sync" (it can require() ES modules).
const cjsConditions = new Set(['require', 'node', 'node-addons', 'module-sync']);
const esmConditions = new Set(['node', 'import', 'node-addons', 'module-sync']);

// --conditions / -C add user conditions to both sets.
(function addUserConditions() {
  const argv = process.execArgv || [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value;
    if (arg.startsWith('--conditions=')) value = arg.slice(13);
    else if (arg.startsWith('-C=')) value = arg.slice(3);
    else if ((arg === '--conditions' || arg === '-C') && i + 1 < argv.length) value = argv[++i];
    if (value) {
      cjsConditions.add(value);
      esmConditions.add(value);
    }
  }
})();

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;
const urlSchemeRegEx = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const arrayIndexRegEx = /^(?:0|[1-9][0-9]*)$/;

function dirOf(pkgJsonPath) {
  return pkgJsonPath.slice(0, pkgJsonPath.length - 12); // strip 'package.json', keep '/'
}

function emitDeprecation(code, message) {
  process.emitWarning(message, 'DeprecationWarning', code);
}

function invalidPackageTarget(match, target, pkgJsonPath, internal, base) {
  if (typeof target === 'object' && target !== null) target = JSON.stringify(target, null, '');
  else target = `${target}`;
  return new (codes().ERR_INVALID_PACKAGE_TARGET)(dirOf(pkgJsonPath), match, target, internal, base);
}

function throwInvalidSubpath(request, match, pkgJsonPath, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${pkgJsonPath}`;
  throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(request, reason, base);
}

function exportsNotFound(subpath, pkgJsonPath, base) {
  return new (codes().ERR_PACKAGE_PATH_NOT_EXPORTED)(dirOf(pkgJsonPath), subpath, base);
}

function importNotDefined(specifier, pkgJsonPath, base) {
  return new (codes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    specifier, pkgJsonPath && dirOf(pkgJsonPath), base);
}

function replacePattern(text, subpath) {
  return text.indexOf('*') === -1 ? text : text.replace(/\*/g, () => subpath);
}

function resolveTargetString(target, subpath, match, pkgJsonPath, base, pattern, internal, isPathMap,
  conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, pkgJsonPath, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/') &&
        !urlSchemeRegEx.test(target)) {
      const exportTarget = pattern ? replacePattern(target, subpath) : target + subpath;
      return packageResolve(exportTarget, pkgJsonPath, conditions);
    }
    throw invalidPackageTarget(match, target, pkgJsonPath, internal, base);
  }
  const rest = target.slice(2);
  if (invalidSegmentRegEx.test(rest)) {
    if (!deprecatedInvalidSegmentRegEx.test(rest)) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? replacePattern(target, subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, match, pkgJsonPath, internal, base, true);
      }
    } else {
      throw invalidPackageTarget(match, target, pkgJsonPath, internal, base);
    }
  }
  const resolved = dirOf(pkgJsonPath) + rest;
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.test(subpath)) {
      throwInvalidSubpath(request, match, pkgJsonPath, internal, base);
    } else if (!isPathMap) {
      emitInvalidSegmentDeprecation(request, match, pkgJsonPath, internal, base, false);
    }
  }
  if (pattern) return replacePattern(resolved, subpath);
  return resolved + subpath;
}

function emitInvalidSegmentDeprecation(target, request, pkgJsonPath, internal, base, isTarget) {
  const field = internal ? 'imports' : 'exports';
  const double = /[/\\]{2}/.test(target) || target.endsWith('/');
  emitDeprecation('DEP0166', `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} resolving "${target}" for module ` +
    `request "${request}" ${request === target ? '' : `matched to "${target}" `}in the "${field}" field module resolution of the package at ${
      pkgJsonPath}${base ? ` imported from ${base}` : ''}.`);
  void isTarget;
}

// Returns a path, null (a null target: explicitly not exported) or undefined
// (no condition matched).
function resolvePackageTarget(pkgJsonPath, target, subpath, packageSubpath, base, pattern, internal,
  isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolveTargetString(target, subpath, packageSubpath, pkgJsonPath, base, pattern, internal,
      isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let result;
      try {
        result = resolvePackageTarget(pkgJsonPath, target[i], subpath, packageSubpath, base, pattern,
          internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastException = null;
        continue;
      }
      return result;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (arrayIndexRegEx.test(keys[i])) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(pkgJsonPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const result = resolvePackageTarget(pkgJsonPath, target[key], subpath, packageSubpath, base,
          pattern, internal, isPathMap, conditions);
        if (result === undefined) continue;
        return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, pkgJsonPath, internal, base);
}

function isConditionalExportsMainSugar(exports, pkgJsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const cur = key === '' || key[0] !== '.';
    if (i === 0) {
      isConditionalSugar = cur;
    } else if (isConditionalSugar !== cur) {
      throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(pkgJsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The longest pattern key ("./feat/*") matching `subpath`: [key, expansion].
function bestPatternMatch(map, subpath, warnTrailingSlash, pkgJsonPath, base) {
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = Object.getOwnPropertyNames(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && subpath.startsWith(key.slice(0, patternIndex))) {
      if (warnTrailingSlash && subpath.endsWith('/')) {
        emitDeprecation('DEP0155', `Use of deprecated trailing slash pattern mapping "${key}" in the ` +
          `"exports" field module resolution of the package at ${pkgJsonPath}${
            base ? ` imported from ${base}` : ''}. Mapping specifiers ending in "/" is no longer supported.`);
      }
      const patternTrailer = key.slice(patternIndex + 1);
      if (subpath.length >= key.length && subpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = subpath.slice(patternIndex, subpath.length - patternTrailer.length);
      }
    }
  }
  return bestMatch ? [bestMatch, bestMatchSubpath] : null;
}

// `subpath` is '.' or './x'. Returns the target path (not yet checked).
function packageExportsResolve(pkgJsonPath, subpath, pkg, base, conditions) {
  let exports = pkg.exports;
  if (isConditionalExportsMainSugar(exports, pkgJsonPath, base)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*') &&
      !subpath.endsWith('/')) {
    const result = resolvePackageTarget(pkgJsonPath, exports[subpath], '', subpath, base, false, false,
      false, conditions);
    if (result == null) throw exportsNotFound(subpath, pkgJsonPath, base);
    return result;
  }
  const match = bestPatternMatch(exports, subpath, true, pkgJsonPath, base);
  if (match !== null) {
    const result = resolvePackageTarget(pkgJsonPath, exports[match[0]], match[1], match[0], base, true,
      false, subpath.endsWith('/'), conditions);
    if (result == null) throw exportsNotFound(subpath, pkgJsonPath, base);
    return result;
  }
  throw exportsNotFound(subpath, pkgJsonPath, base);
}

// `#name` through the "imports" of the package scope of `base`.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(name,
      'is not a valid internal imports specifier name', base);
  }
  const scope = packageJsonReader.getPackageScope(base);
  let pkgJsonPath;
  if (scope.exists) {
    pkgJsonPath = scope.pjsonPath;
    const imports = scope.imports;
    if (imports !== null && typeof imports === 'object') {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const result = resolvePackageTarget(pkgJsonPath, imports[name], '', name, base, false, true,
          false, conditions);
        if (result != null) return result;
      } else {
        const match = bestPatternMatch(imports, name, false, pkgJsonPath, base);
        if (match !== null) {
          const result = resolvePackageTarget(pkgJsonPath, imports[match[0]], match[1], match[0], base,
            true, true, false, conditions);
          if (result != null) return result;
        }
      }
    }
  }
  throw importNotDefined(name, pkgJsonPath, base);
}

// [packageName, packageSubpath, isScoped]
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', base);
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return [packageName, packageSubpath, isScoped];
}

function fileExists(file) {
  return fsBinding.internalModuleStat(file) === 0;
}

const legacyMainCandidates = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const legacyIndexCandidates = ['./index.js', './index.json', './index.node'];

function legacyMainResolve(pkgJsonPath, pkg, base) {
  const dir = dirOf(pkgJsonPath);
  if (pkg.main !== undefined) {
    const main = joinRelative(dir, pkg.main);
    for (let i = 0; i < legacyMainCandidates.length; i++) {
      const candidate = main + legacyMainCandidates[i];
      if (fileExists(candidate)) return candidate;
    }
  }
  for (let i = 0; i < legacyIndexCandidates.length; i++) {
    const candidate = dir + legacyIndexCandidates[i].slice(2);
    if (fileExists(candidate)) return candidate;
  }
  const expected = pkg.main !== undefined ? joinRelative(dir, pkg.main) : `${dir}index.js`;
  throw new (codes().ERR_MODULE_NOT_FOUND)(expected, base, undefined);
}

// `dir` ends with '/'; `rel` is a URL-relative reference such as "lib/x".
function joinRelative(dir, rel) {
  if (rel.startsWith('/')) return require('path').resolve(rel);
  return require('path').resolve(dir, rel);
}

// PACKAGE_RESOLVE for ES modules: builtins, self-reference, node_modules walk.
// `base` is the importing file's path. Returns a path or 'node:<id>'.
function packageResolve(specifier, base, conditions) {
  const { isBuiltin } = require('internal/modules/cjs/loader');
  if (isBuiltin(specifier) && !specifier.startsWith('node:')) return `node:${specifier}`;
  const [packageName, packageSubpath, isScoped] = parsePackageName(specifier, base);

  // Self-reference.
  const scope = packageJsonReader.getPackageScope(base);
  if (scope.exists && scope.exports != null && scope.name === packageName) {
    return packageExportsResolve(scope.pjsonPath, packageSubpath, scope, base, conditions);
  }

  let dir = base.slice(0, base.lastIndexOf('/'));
  while (true) {
    const pkgDir = `${dir}/node_modules/${packageName}`;
    if (fsBinding.internalModuleStat(pkgDir) === 1) {
      const pkgJsonPath = `${pkgDir}/package.json`;
      const pkg = packageJsonReader.read(pkgJsonPath, base, specifier);
      if (pkg.exports != null) {
        return packageExportsResolve(pkgJsonPath, packageSubpath, pkg, base, conditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(pkgJsonPath, pkg, base);
      return pkgDir + packageSubpath.slice(1);
    }
    if (dir === '') break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  void isScoped;
  throw new (codes().ERR_MODULE_NOT_FOUND)(packageName, base, undefined);
}

module.exports = {
  cjsConditions,
  esmConditions,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  parsePackageName,
};
