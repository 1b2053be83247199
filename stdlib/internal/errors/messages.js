'use strict';

// node:internal/errors/messages for Coil: the messages of Node's `ERR_*`
// codes that need logic (the rest are templates in internal/errors.js's
// table), and the "Received ..." descriptions used in argument errors.
// Loaded when the first such error is built, not at start-up.

const { codes } = require('internal/errors');

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// 'a', 'a and b', 'a, b, and c' (conjunction configurable).
function formatList(list, conjunction = 'and') {
  const join = Array.prototype.join;
  if (list.length <= 2) return join.call(list, ` ${conjunction} `);
  const head = Array.prototype.slice.call(list, 0, -1);
  return `${join.call(head, ', ')}, ${conjunction} ${list[list.length - 1]}`;
}

// '1234567' -> '1_234_567' (Node's rendering of big numbers in range errors).
function addNumericalSeparator(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  const groups = [];
  let end = digits.length;
  for (; end >= start + 4; end -= 3) groups.push(digits.slice(end - 3, end));
  groups.push(digits.slice(0, end));
  return groups.reverse().join('_');
}

// What Node prints after "Received ": 'null', 'function f',
// 'an instance of Foo', "type string ('abc')".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    // Reflect.get, not `value.constructor`: Boa 0.22's property caches can
    // answer a Proxy's lookup with an ordinary object's (see
    // docs/architecture.md, engine limits).
    const ctor = Reflect.get(value, 'constructor');
    if ((typeof ctor === 'function' || (typeof ctor === 'object' && ctor !== null)) &&
        'name' in ctor) {
      return `an instance of ${ctor.name}`;
    }
    return inspect(value, { depth: -1 });
  }
  if (type === 'string') {
    const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    return `type string (${text.includes("'") ? JSON.stringify(text) : `'${text}'`})`;
  }
  return `type ${type} (${inspect(value, { colors: false })})`;
}

const kTypeNames = new Set([
  'string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol',
]);
const kClassNameRegExp = /^([A-Z][a-z0-9]*)+$/;

// The "must be ..." part of ERR_INVALID_ARG_TYPE.
function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    const text = String(value);
    if (kTypeNames.has(text)) types.push(text.toLowerCase());
    else if (kClassNameRegExp.test(text)) instances.push(text);
    else other.push(text);
  }
  // With classes listed, "object" reads as "an instance of ... Object".
  if (instances.length > 0) {
    const index = types.indexOf('object');
    if (index !== -1) {
      types.splice(index, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`);
  }
  if (instances.length > 0) parts.push(`an instance of ${formatList(instances, 'or')}`);
  if (other.length > 1) {
    parts.push(`one of ${formatList(other, 'or')}`);
  } else if (other.length === 1) {
    parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  }
  return parts.join(' or ');
}

function invalidArgTypeMessage(name, expected, actual) {
  name = String(name);
  let subject;
  if (name.endsWith(' argument')) subject = `The ${name}`;
  else subject = `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `${subject} must be ${describeExpected(expected)}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = String(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? String(name) : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function missingArgsMessage(...args) {
  if (args.length === 0) return 'At least one arg needs to be specified';
  const names = args.map((arg) => {
    if (Array.isArray(arg)) return arg.map((a) => `"${a}"`).join(' or ');
    return `"${arg}"`;
  });
  let subject;
  if (names.length === 1) subject = `${names[0]} argument`;
  else if (names.length === 2) subject = `${names[0]} and ${names[1]} arguments`;
  else subject = `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `The ${subject} must be specified`;
}

function basename(p) {
  const s = String(p);
  return s.slice(s.lastIndexOf('/') + 1);
}

function requireEsmMessage(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    return msg;
  }
  const name = parentPath && basename(filename) === basename(parentPath) ?
    filename : basename(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${name} in ${parentPath} to a dynamic import() which is available in all CommonJS modules.`;
  }
  return `${msg}\n${name} is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.\nInstead either rename ${name} to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
}

function invalidPackageTargetMessage(pkgPath, key, target, isImport = false, base = undefined) {
  const relativeError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const importedFrom = base ? ` imported from ${base}` : '';
  const hint = relativeError ? '; targets must start with "./"' : '';
  if (key === '.' && !isImport) {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgPath}package.json${importedFrom}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json${importedFrom}${hint}`;
}

const kInternalAssertionSuffix =
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

const kWorkerPathMessage =
  "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'.";

module.exports = {
  determineSpecificType,
  formatList,
  addNumericalSeparator,
  // Message functions by code; each runs with the new error as `this`.
  messages: {
    ERR_ACCESS_DENIED: function(message, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return message;
  },
    ERR_BUFFER_OUT_OF_BOUNDS: (name = undefined) => {
    if (name) return `"${name}" is outside of buffer bounds`;
    return 'Attempt to access memory outside buffer bounds';
  },
    ERR_ENCODING_INVALID_ENCODED_DATA: function(encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  },
    ERR_FALSY_VALUE_REJECTION: function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  },
    ERR_HTTP2_INVALID_SETTING_VALUE: function(name, actual, min = undefined, max = undefined) {
    this.actual = actual;
    if (min !== undefined) {
      this.min = min;
      this.max = max;
    }
    return `Invalid value for setting "${name}": ${actual}`;
  },
    ERR_HTTP2_STREAM_CANCEL: function(error) {
    let msg = 'The pending stream has been canceled';
    if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
      msg += ` (caused by: ${error.message})`;
    }
    if (error) this.cause = error;
    return msg;
  },
    ERR_INTERNAL_ASSERTION: (message) => {
    if (message === undefined) return kInternalAssertionSuffix;
    return `${message}\n${kInternalAssertionSuffix}`;
  },
    ERR_INVALID_ADDRESS_FAMILY: function(addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  },
    ERR_INVALID_ARG_TYPE: invalidArgTypeMessage,
    ERR_INVALID_ARG_VALUE: invalidArgValueMessage,
    ERR_INVALID_CHAR: (name, field = undefined) => {
    let msg = `Invalid character in ${name}`;
    if (field !== undefined) msg += ` ["${field}"]`;
    return msg;
  },
    ERR_INVALID_MIME_SYNTAX: (production, str, invalidIndex) => {
    const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
  },
    ERR_INVALID_MODULE_SPECIFIER: (request, reason, base = undefined) => {
    return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
  },
    ERR_INVALID_PACKAGE_CONFIG: (path, base, message) => {
    return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
  },
    ERR_INVALID_PACKAGE_TARGET: invalidPackageTargetMessage,
    ERR_INVALID_RETURN_PROPERTY: (input, name, prop, value) => {
    return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
  },
    ERR_INVALID_RETURN_PROPERTY_VALUE: (input, name, prop, value) => {
    return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
  },
    ERR_INVALID_RETURN_VALUE: (input, name, value) => {
    return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
  },
    ERR_INVALID_URL: function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  },
    ERR_INVALID_URL_SCHEME: (expected) => {
    const list = typeof expected === 'string' ? [expected] : expected;
    const schemes = list.length === 2 ?
      `one of scheme ${list[0]} or ${list[1]}` :
      `of scheme ${list[0]}`;
    return `The URL must be ${schemes}`;
  },
    ERR_MANIFEST_ASSERT_INTEGRITY: (moduleURL, realIntegrities) => {
    let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
    if (realIntegrities && typeof realIntegrities.entries === 'function' && realIntegrities.size) {
      const found = [];
      for (const [algorithm, integrity] of realIntegrities.entries()) found.push(`${algorithm}-${integrity}`);
      msg += ` Integrities found are: ${found.join(' ')}`;
    } else {
      msg += ' The resource was not found in the policy.';
    }
    return msg;
  },
    ERR_MISSING_ARGS: missingArgsMessage,
    ERR_MODULE_NOT_FOUND: function(path, base, exactUrl) {
    if (exactUrl) this.url = `${exactUrl}`;
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  },
    ERR_OUT_OF_RANGE: outOfRangeMessage,
    ERR_PACKAGE_IMPORT_NOT_DEFINED: (specifier, packagePath, base) => {
    const where = packagePath ? ` in package ${packagePath}package.json` : '';
    return `Package import specifier "${specifier}" is not defined${where} imported from ${base}`;
  },
    ERR_PACKAGE_PATH_NOT_EXPORTED: (pkgPath, subpath, base = undefined) => {
    const importedFrom = base ? ` imported from ${base}` : '';
    if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${importedFrom}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${importedFrom}`;
  },
    ERR_PARSE_ARGS_UNKNOWN_OPTION: (option, allowPositionals) => {
    const hint = allowPositionals ?
      `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` :
      '';
    return `Unknown option '${option}'${hint}`;
  },
    ERR_REQUIRE_ASYNC_MODULE: (filename, parentFilename) => {
    let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (parentFilename) msg += `\n  From ${parentFilename} `;
    if (filename) msg += `\n  Requiring ${filename} `;
    return msg;
  },
    ERR_REQUIRE_ESM: requireEsmMessage,
    ERR_SOCKET_BAD_PORT: (name, port, allowZero = true) => {
    const operator = allowZero ? '>=' : '>';
    return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
  },
    ERR_TEST_FAILURE: function(error, failureType) {
    this.failureType = failureType;
    this.cause = error;
    if (typeof error === 'string') return error;
    return String(error?.message ?? inspect(error));
  },
    ERR_TLS_ALPN_CALLBACK_INVALID_RESULT: (value, protocols) => {
    return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${Array.prototype.join.call(protocols, ', ')})`;
  },
    ERR_TLS_CERT_ALTNAME_INVALID: function(reason, host, cert) {
    this.reason = reason;
    this.host = host;
    this.cert = cert;
    return `Hostname/IP does not match certificate's altnames: ${reason}`;
  },
    ERR_UNHANDLED_ERROR: (err = undefined) => {
    const msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return `${msg} (${err})`;
  },
    ERR_UNSUPPORTED_DIR_IMPORT: function(path, base, exactUrl) {
    this.url = exactUrl;
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  },
    ERR_UNSUPPORTED_ESM_URL_SCHEME: (url, supported) => {
    return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. Received protocol '${url.protocol}'`;
  },
    ERR_VM_MODULE_LINK_FAILURE: function(message, cause) {
    this.cause = cause;
    return message;
  },
    ERR_WORKER_INVALID_EXEC_ARGV: (errors, msg = 'invalid execArgv flags') => {
    return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
  },
    ERR_WORKER_PATH: (filename) => {
    const name = String(filename);
    let hint = '';
    if (name.startsWith('file://')) hint += ' Wrap file:// URLs with `new URL`.';
    if (name.startsWith('data:text/javascript')) hint += ' Wrap data: URLs with `new URL`.';
    return `${kWorkerPathMessage}${hint} Received "${name}"`;
  },
  },
};
