'use strict';

// node:internal/errors for Coil.
//
// The one table of Node's `ERR_*` error classes (`codes`), plus the builders
// for the other error shapes Node produces: system errors from libuv
// (`uvException`, `errnoException`, ...), `AbortError`, `SystemError`, and the
// "Received ..." descriptions used in argument errors.
//
// Messages follow Node 20's observable behaviour; the code is our own.
// `internal/util/inspect` requires this module, so inspect is only ever
// loaded lazily, inside functions.

const kIsNodeError = Symbol('kIsNodeError');
// Set by EventEmitter#emit on an unhandled 'error': a function returning the
// stack plus "Emitted 'error' event at:" frames, for the fatal-error printer.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Lazy helpers

let inspectLib = null;
function lazyInspectLib() {
  if (inspectLib === null) inspectLib = require('internal/util/inspect');
  return inspectLib;
}

function inspect(value, options) {
  return lazyInspectLib().inspect(value, options);
}

function lazyBuffer() {
  if (typeof globalThis.Buffer === 'function') return globalThis.Buffer;
  return require('buffer').Buffer;
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, {
    value,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// Message formatting

// One util.format-style specifier. Primitives are handled here; objects go
// to inspect's `format` so that `%s` of an object reads like Node's.
function formatSpecifier(spec, value) {
  const type = typeof value;
  if (value !== null && (type === 'object' || type === 'function')) {
    return lazyInspectLib().format(`%${spec}`, value);
  }
  switch (spec) {
    case 's':
      if (type === 'string') return value;
      if (type === 'bigint') return `${value}n`;
      if (type === 'number' && Object.is(value, -0)) return '-0';
      return String(value);
    case 'd':
    case 'i':
    case 'f': {
      if (type === 'bigint') return spec === 'f' ? String(Number(value)) : `${value}n`;
      if (type === 'symbol') return 'NaN';
      let n;
      if (spec === 'd') n = Number(value);
      else if (spec === 'i') n = parseInt(value);
      else n = parseFloat(value);
      return Object.is(n, -0) ? '-0' : String(n);
    }
    case 'j':
      return String(JSON.stringify(value));
    default:
      return lazyInspectLib().format(`%${spec}`, value);
  }
}

const kSpecifierRegExp = /%([sdifjoOc%])/g;

function formatMessage(template, args) {
  if (args.length === 0) return template;
  let next = 0;
  return template.replace(kSpecifierRegExp, (match, spec) => {
    if (spec === '%') return '%';
    if (next >= args.length) return match;
    return formatSpecifier(spec, args[next++]);
  });
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
    const ctor = value.constructor;
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

// ---------------------------------------------------------------------------
// Error classes

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || typeof desc.set === 'function';
}

// Gives `err` an own `stack` whose first line is `header`, keeping the
// engine's frames. Works with V8-style stacks (header + frames) and with
// engines whose `stack` holds only the frames.
function setStackHeader(err, header, ctor) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, ctor);
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  // The header V8 wrote: `name: message`, or just one of them if the
  // other is empty.
  const name = err.name === undefined ? 'Error' : String(err.name);
  const message = err.message === undefined ? '' : String(err.message);
  const engineHeader = name === '' ? message : message === '' ? name : `${name}: ${message}`;
  let frames;
  if (stack.startsWith(engineHeader)) {
    frames = stack.slice(engineHeader.length);
  } else {
    const trimmed = stack.endsWith('\n') ? stack.slice(0, -1) : stack;
    frames = trimmed.length > 0 ? `\n${trimmed}` : '';
  }
  defineHidden(err, 'stack', `${header}${frames}`);
}

function makeNodeErrorClass(Base, code, message) {
  class NodeError extends Base {
    // Own keys come out in Node's order: stack, message, code for
    // templates; stack, code, <extra props>, message for message functions.
    constructor(...args) {
      let text;
      if (typeof message === 'function') {
        super();
        this.code = code;
        text = Reflect.apply(message, this, args);
        defineHidden(this, 'message', text);
      } else {
        text = formatMessage(message, args);
        super(text);
        this.code = code;
      }
      setStackHeader(this, `${this.name} [${code}]: ${text}`, new.target);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeError.prototype, kIsNodeError, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return NodeError;
}

// Node's SystemError: `new codes.ERR_SYSTEM_ERROR({ code, message, syscall,
// path, dest, errno })`; the context stays reachable as `err.info`.
const systemErrorPrefixes = new Map();

function pathLikeAccessor(context, key) {
  return {
    get() {
      const value = context[key];
      return value != null ? value.toString() : value;
    },
    set(value) {
      context[key] = value ? lazyBuffer().from(value.toString()) : undefined;
    },
    enumerable: true,
    configurable: true,
  };
}

function plainAccessor(context, key) {
  return {
    get() { return context[key]; },
    set(value) { context[key] = value; },
    enumerable: true,
    configurable: true,
  };
}

class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = systemErrorPrefixes.get(key);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    defineHidden(this, 'name', 'SystemError');
    defineHidden(this, 'message', message);
    Object.defineProperty(this, 'info', {
      value: context,
      writable: false,
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'errno', plainAccessor(context, 'errno'));
    Object.defineProperty(this, 'syscall', plainAccessor(context, 'syscall'));
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', pathLikeAccessor(context, 'path'));
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', pathLikeAccessor(context, 'dest'));
    }
    Object.defineProperty(this, kIsNodeError, {
      value: true,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    setStackHeader(this, `SystemError [${key}]: ${message}`, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorClass(code) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, context);
    }
  };
}

const codes = {};

// Registers one code. `message` is a util.format template or a function
// called with the error as `this` (so it can add properties); extra bases
// become `codes.X.RangeError` etc. like Node's.
// Each code's class is made on first use: building some three hundred
// classes at start-up would cost every script several milliseconds. The
// property stays an accessor (Boa's property caches expect that), caching the
// class in the closure.
function E(code, Base, message, ...otherBases) {
  if (Base === SystemError) systemErrorPrefixes.set(code, message);
  let Cls;
  const build = () => {
    if (Base === SystemError) {
      Cls = makeSystemErrorClass(code);
    } else {
      Cls = makeNodeErrorClass(Base, code, message);
      for (const Other of otherBases) Cls[Other.name] = makeNodeErrorClass(Other, code, message);
    }
    Cls.HideStackFramesError = Cls;
    return Cls;
  };
  Object.defineProperty(codes, code, {
    enumerable: true,
    configurable: true,
    get() {
      return Cls === undefined ? build() : Cls;
    },
    set(value) {
      Object.defineProperty(codes, code, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

// ---------------------------------------------------------------------------
// Messages that need logic

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

// ---------------------------------------------------------------------------
// The table: every code Node 20's lib defines, the ones its C++ layer throws
// (crypto, vm, workers, buffers), and Coil's ERR_NOT_IMPLEMENTED.

E('ERR_ACCESS_DENIED', Error, function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
});
E('ERR_AMBIGUOUS_ARGUMENT', TypeError, 'The "%s" argument is ambiguous. %s');
E('ERR_ARG_NOT_ITERABLE', TypeError, '%s must be iterable');
E('ERR_ASSERTION', Error, '%s');
E('ERR_ASYNC_CALLBACK', TypeError, '%s must be a function');
E('ERR_ASYNC_TYPE', TypeError, 'Invalid name for async "type": %s');
E('ERR_BROTLI_INVALID_PARAM', RangeError, '%s is not a valid Brotli parameter');
E('ERR_BUFFER_CONTEXT_NOT_AVAILABLE', Error, 'Buffer is not available for the current Context');
E('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
});
E('ERR_BUFFER_TOO_LARGE', RangeError, 'Cannot create a Buffer larger than %s bytes');
E('ERR_CANNOT_WATCH_SIGINT', Error, 'Cannot watch for SIGINT signals');
E('ERR_CHILD_CLOSED_BEFORE_REPLY', Error, 'Child closed before reply received');
E('ERR_CHILD_PROCESS_IPC_REQUIRED', Error, "Forked processes must have an IPC channel, missing value 'ipc' in %s");
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError, '%s maxBuffer length exceeded');
E('ERR_CLOSED_MESSAGE_PORT', Error, 'Cannot send data on closed MessagePort');
E('ERR_CONSOLE_WRITABLE_STREAM', TypeError, 'Console expects a writable stream instance for %s');
E('ERR_CONSTRUCT_CALL_INVALID', TypeError, 'Constructor cannot be called');
E('ERR_CONSTRUCT_CALL_REQUIRED', TypeError, 'Cannot call constructor without `new`');
E('ERR_CONTEXT_NOT_INITIALIZED', Error, 'context used is not initialized');
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', Error, 'Custom engines not supported by this OpenSSL');
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', TypeError, 'Invalid ECDH format: %s');
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', Error, 'Public key is not valid for specified curve');
E('ERR_CRYPTO_ENGINE_UNKNOWN', Error, 'Engine "%s" was not found');
E('ERR_CRYPTO_FIPS_FORCED', Error, 'Cannot set FIPS mode, it was forced with --force-fips at startup.');
E('ERR_CRYPTO_FIPS_UNAVAILABLE', Error, 'Cannot set FIPS mode in a non-FIPS build.');
E('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
E('ERR_CRYPTO_HASH_UPDATE_FAILED', Error, 'Hash update failed');
E('ERR_CRYPTO_INCOMPATIBLE_KEY', Error, 'Incompatible %s: %s');
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', Error, 'The selected key encoding %s %s.');
E('ERR_CRYPTO_INVALID_AUTH_TAG', TypeError, 'Invalid authentication tag length: %s');
E('ERR_CRYPTO_INVALID_CURVE', TypeError, 'Invalid EC curve name');
E('ERR_CRYPTO_INVALID_DIGEST', TypeError, 'Invalid digest: %s');
E('ERR_CRYPTO_INVALID_IV', TypeError, 'Invalid initialization vector');
E('ERR_CRYPTO_INVALID_JWK', TypeError, 'Invalid JWK data');
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError, 'Invalid key object type %s, expected %s.');
E('ERR_CRYPTO_INVALID_KEYLEN', RangeError, 'Invalid key length');
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError, 'Invalid scrypt params');
E('ERR_CRYPTO_INVALID_STATE', Error, 'Invalid state for operation %s');
E('ERR_CRYPTO_PBKDF2_ERROR', Error, 'PBKDF2 error');
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', Error, 'Invalid scrypt parameter');
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', Error, 'Scrypt algorithm not supported');
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', Error, 'No key provided to sign');
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError, 'Input buffers must have the same byte length');
E('ERR_CRYPTO_UNKNOWN_CIPHER', Error, 'Unknown cipher');
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', Error, 'Unknown DH group');
E('ERR_DEBUGGER_ERROR', Error, '%s');
E('ERR_DEBUGGER_STARTUP_ERROR', Error, '%s');
E('ERR_DIR_CLOSED', Error, 'Directory handle was closed');
E('ERR_DIR_CONCURRENT_OPERATION', Error, 'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
E('ERR_DNS_SET_SERVERS_FAILED', Error, 'c-ares failed to set servers: "%s" [%s]');
E('ERR_DLOPEN_FAILED', Error, '%s');
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', Error, 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module');
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', Error, 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()');
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', Error, 'Deserialize main function is already configured.');
E('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError, function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
});
E('ERR_ENCODING_NOT_SUPPORTED', RangeError, 'The "%s" encoding is not supported');
E('ERR_EVAL_ESM_CANNOT_PRINT', Error, '--print cannot be used with ESM input');
E('ERR_EVENT_RECURSION', Error, 'The event "%s" is already being dispatched');
E('ERR_FALSY_VALUE_REJECTION', Error, function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
});
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError, 'The feature %s is unavailable on the current platform, which is being used to run Node.js');
E('ERR_FS_CP_DIR_TO_NON_DIR', SystemError, 'Cannot overwrite non-directory with directory');
E('ERR_FS_CP_EEXIST', SystemError, 'Target already exists');
E('ERR_FS_CP_EINVAL', SystemError, 'Invalid src or dest');
E('ERR_FS_CP_FIFO_PIPE', SystemError, 'Cannot copy a FIFO pipe');
E('ERR_FS_CP_NON_DIR_TO_DIR', SystemError, 'Cannot overwrite directory with non-directory');
E('ERR_FS_CP_SOCKET', SystemError, 'Cannot copy a socket file');
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', SystemError, 'Cannot overwrite symlink in subdirectory of self');
E('ERR_FS_CP_UNKNOWN', SystemError, 'Cannot copy an unknown file type');
E('ERR_FS_EISDIR', SystemError, 'Path is a directory');
E('ERR_FS_FILE_TOO_LARGE', RangeError, 'File size (%s) is greater than 2 GiB');
E('ERR_FS_INVALID_SYMLINK_TYPE', Error, 'Symlink type must be one of "dir", "file", or "junction". Received "%s"');
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', TypeError, 'HTTP/2 ALTSVC frames require a valid origin');
E('ERR_HTTP2_ALTSVC_LENGTH', TypeError, 'HTTP/2 ALTSVC frames are limited to 16382 bytes');
E('ERR_HTTP2_CONNECT_AUTHORITY', Error, ':authority header is required for CONNECT requests');
E('ERR_HTTP2_CONNECT_PATH', Error, 'The :path header is forbidden for CONNECT requests');
E('ERR_HTTP2_CONNECT_SCHEME', Error, 'The :scheme header is forbidden for CONNECT requests');
E('ERR_HTTP2_GOAWAY_SESSION', Error, 'New streams cannot be created after receiving a GOAWAY');
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', Error, 'Cannot specify additional headers after response initiated');
E('ERR_HTTP2_HEADERS_SENT', Error, 'Response has already been initiated.');
E('ERR_HTTP2_HEADER_SINGLE_VALUE', TypeError, 'Header field "%s" must only have a single value');
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', RangeError, 'Informational status codes cannot be used');
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS', TypeError, 'HTTP/1 Connection specific headers are forbidden: "%s"');
E('ERR_HTTP2_INVALID_HEADER_VALUE', TypeError, 'Invalid value "%s" for header "%s"');
E('ERR_HTTP2_INVALID_INFO_STATUS', RangeError, 'Invalid informational status code: %s');
E('ERR_HTTP2_INVALID_ORIGIN', TypeError, 'HTTP/2 ORIGIN frames require a valid origin');
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', RangeError, 'Packed settings length must be a multiple of six');
E('ERR_HTTP2_INVALID_PSEUDOHEADER', TypeError, '"%s" is an invalid pseudoheader or is used incorrectly');
E('ERR_HTTP2_INVALID_SESSION', Error, 'The session has been destroyed');
E('ERR_HTTP2_INVALID_SETTING_VALUE', TypeError, function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, RangeError);
E('ERR_HTTP2_INVALID_STREAM', Error, 'The stream has been destroyed');
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', Error, 'Maximum number of pending settings acknowledgements');
E('ERR_HTTP2_NESTED_PUSH', Error, 'A push stream cannot initiate another push stream.');
E('ERR_HTTP2_NO_MEM', Error, 'Out of memory');
E('ERR_HTTP2_NO_SOCKET_MANIPULATION', Error, 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)');
E('ERR_HTTP2_ORIGIN_LENGTH', TypeError, 'HTTP/2 ORIGIN frames are limited to 16382 bytes');
E('ERR_HTTP2_OUT_OF_STREAMS', Error, 'No stream ID is available because maximum stream ID has been reached');
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', Error, 'Responses with %s status must not have a payload');
E('ERR_HTTP2_PING_CANCEL', Error, 'HTTP2 ping cancelled');
E('ERR_HTTP2_PING_LENGTH', RangeError, 'HTTP2 ping payload must be 8 bytes');
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', TypeError, 'Cannot set HTTP/2 pseudo-headers');
E('ERR_HTTP2_PUSH_DISABLED', Error, 'HTTP/2 client has disabled push streams');
E('ERR_HTTP2_SEND_FILE', Error, 'Directories cannot be sent');
E('ERR_HTTP2_SEND_FILE_NOSEEK', Error, 'Offset or length can only be specified for regular files');
E('ERR_HTTP2_SESSION_ERROR', Error, 'Session closed with error code %s');
E('ERR_HTTP2_SETTINGS_CANCEL', Error, 'HTTP2 session settings canceled');
E('ERR_HTTP2_SOCKET_BOUND', Error, 'The socket is already bound to an Http2Session');
E('ERR_HTTP2_SOCKET_UNBOUND', Error, 'The socket has been disconnected from the Http2Session');
E('ERR_HTTP2_STATUS_101', Error, 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2');
E('ERR_HTTP2_STATUS_INVALID', RangeError, 'Invalid status code: %s');
E('ERR_HTTP2_STREAM_CANCEL', Error, function(error) {
  let msg = 'The pending stream has been canceled';
  if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
    msg += ` (caused by: ${error.message})`;
  }
  if (error) this.cause = error;
  return msg;
});
E('ERR_HTTP2_STREAM_ERROR', Error, 'Stream closed with error code %s');
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', Error, 'A stream cannot depend on itself');
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', Error, 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS');
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', Error, 'Too many invalid HTTP/2 frames');
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', Error, 'Trailing headers have already been sent');
E('ERR_HTTP2_TRAILERS_NOT_READY', Error, 'Trailing headers cannot be sent until after the wantTrailers event is emitted');
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', Error, 'protocol "%s" is unsupported.');
E('ERR_HTTP_BODY_NOT_ALLOWED', Error, 'Adding content for this request method or response status is not allowed.');
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', Error, "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header");
E('ERR_HTTP_HEADERS_SENT', Error, 'Cannot %s headers after they are sent to the client');
E('ERR_HTTP_INVALID_HEADER_VALUE', TypeError, 'Invalid value "%s" for header "%s"');
E('ERR_HTTP_INVALID_STATUS_CODE', RangeError, 'Invalid status code: %s');
E('ERR_HTTP_REQUEST_TIMEOUT', Error, 'Request timeout');
E('ERR_HTTP_SOCKET_ASSIGNED', Error, 'ServerResponse has an already assigned socket');
E('ERR_HTTP_SOCKET_ENCODING', Error, 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
E('ERR_HTTP_TRAILER_INVALID', Error, 'Trailers are invalid with this transfer encoding');
E('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', TypeError, 'Module "%s" is not of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', TypeError, 'Module "%s" needs an import attribute of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', TypeError, 'Import attribute type "%s" is unsupported');
// Node 22 names for the import-attribute errors (Coil's loader may use them).
E('ERR_IMPORT_ATTRIBUTE_MISSING', TypeError, 'Module "%s" needs an import attribute of "%s: %s"');
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', TypeError, 'Module "%s" is not of type "%s"');
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', TypeError, 'Import attribute "%s" with value "%s" is not supported');
E('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, 'Option "%s" cannot be used in combination with option "%s"');
E('ERR_INPUT_TYPE_NOT_ALLOWED', Error, '--input-type can only be used with string input via --eval, --print, or STDIN');
E('ERR_INSPECTOR_ALREADY_ACTIVATED', Error, 'Inspector is already activated. Close it with inspector.close() before activating it again.');
E('ERR_INSPECTOR_ALREADY_CONNECTED', Error, '%s is already connected');
E('ERR_INSPECTOR_CLOSED', Error, 'Session was closed');
E('ERR_INSPECTOR_COMMAND', Error, 'Inspector error %d: %s');
E('ERR_INSPECTOR_NOT_ACTIVE', Error, 'Inspector is not active');
E('ERR_INSPECTOR_NOT_AVAILABLE', Error, 'Inspector is not available');
E('ERR_INSPECTOR_NOT_CONNECTED', Error, 'Session is not connected');
E('ERR_INSPECTOR_NOT_WORKER', Error, 'Current thread is not a worker');
E('ERR_INTERNAL_ASSERTION', Error, (message) => {
  if (message === undefined) return kInternalAssertionSuffix;
  return `${message}\n${kInternalAssertionSuffix}`;
});
E('ERR_INVALID_ADDRESS_FAMILY', RangeError, function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
});
E('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage);
E('ERR_INVALID_ARG_VALUE', TypeError, invalidArgValueMessage, RangeError);
E('ERR_INVALID_ASYNC_ID', RangeError, 'Invalid %s value: %s');
E('ERR_INVALID_BUFFER_SIZE', RangeError, 'Buffer size must be a multiple of %s');
E('ERR_INVALID_CHAR', TypeError, (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
});
E('ERR_INVALID_CURSOR_POS', TypeError, 'Cannot set cursor row without setting its column');
E('ERR_INVALID_FD', RangeError, '"fd" must be a positive integer: %s');
E('ERR_INVALID_FD_TYPE', TypeError, 'Unsupported fd type: %s');
E('ERR_INVALID_FILE_URL_HOST', TypeError, 'File URL host must be "localhost" or empty on %s');
E('ERR_INVALID_FILE_URL_PATH', TypeError, 'File URL path %s');
E('ERR_INVALID_HANDLE_TYPE', TypeError, 'This handle type cannot be sent');
E('ERR_INVALID_HTTP_TOKEN', TypeError, '%s must be a valid HTTP token ["%s"]');
E('ERR_INVALID_IP_ADDRESS', TypeError, 'Invalid IP address: %s');
E('ERR_INVALID_MIME_SYNTAX', TypeError, (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
});
E('ERR_INVALID_MODULE_SPECIFIER', TypeError, (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
});
E('ERR_INVALID_PACKAGE_CONFIG', Error, (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
});
E('ERR_INVALID_PACKAGE_TARGET', Error, invalidPackageTargetMessage);
E('ERR_INVALID_PROTOCOL', TypeError, 'Protocol "%s" not supported. Expected "%s"');
E('ERR_INVALID_REPL_EVAL_CONFIG', TypeError, 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL');
E('ERR_INVALID_REPL_INPUT', TypeError, '%s');
E('ERR_INVALID_RETURN_PROPERTY', TypeError, (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
});
E('ERR_INVALID_RETURN_PROPERTY_VALUE', TypeError, (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
});
E('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, RangeError);
E('ERR_INVALID_STATE', Error, 'Invalid state: %s', TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', TypeError, 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s');
E('ERR_INVALID_THIS', TypeError, 'Value of "this" must be of type %s');
E('ERR_INVALID_TRANSFER_OBJECT', TypeError, 'Found invalid object in transferList');
E('ERR_INVALID_TUPLE', TypeError, '%s must be an iterable %s tuple');
E('ERR_INVALID_URI', URIError, 'URI malformed');
E('ERR_INVALID_URL', TypeError, function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
});
E('ERR_INVALID_URL_SCHEME', TypeError, (expected) => {
  const list = typeof expected === 'string' ? [expected] : expected;
  const schemes = list.length === 2 ?
    `one of scheme ${list[0]} or ${list[1]}` :
    `of scheme ${list[0]}`;
  return `The URL must be ${schemes}`;
});
E('ERR_IPC_CHANNEL_CLOSED', Error, 'Channel closed');
E('ERR_IPC_DISCONNECTED', Error, 'IPC channel is already disconnected');
E('ERR_IPC_ONE_PIPE', Error, 'Child process can have only one IPC pipe');
E('ERR_IPC_SYNC_FORK', Error, 'IPC cannot be used with synchronous forks');
E('ERR_LOADER_CHAIN_INCOMPLETE', Error, "\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook's return.");
E('ERR_MANIFEST_ASSERT_INTEGRITY', Error, (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities && typeof realIntegrities.entries === 'function' && realIntegrities.size) {
    const found = [];
    for (const [algorithm, integrity] of realIntegrities.entries()) found.push(`${algorithm}-${integrity}`);
    msg += ` Integrities found are: ${found.join(' ')}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
});
E('ERR_MANIFEST_DEPENDENCY_MISSING', Error, 'Manifest resource %s does not list %s as a dependency specifier for conditions: %s');
E('ERR_MANIFEST_INTEGRITY_MISMATCH', SyntaxError, 'Manifest resource %s has multiple entries but integrity lists do not match');
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD', TypeError, 'Manifest resource %s has invalid property value for %s');
E('ERR_MANIFEST_INVALID_SPECIFIER', TypeError, 'Manifest resource %s has invalid dependency mapping %s');
E('ERR_MANIFEST_TDZ', Error, 'Manifest initialization has not yet run');
E('ERR_MANIFEST_UNKNOWN_ONERROR', SyntaxError, 'Manifest specified unknown error behavior "%s".');
E('ERR_MEMORY_ALLOCATION_FAILED', Error, 'Failed to allocate memory');
E('ERR_METHOD_NOT_IMPLEMENTED', Error, 'The %s method is not implemented');
E('ERR_MISSING_ARGS', TypeError, missingArgsMessage);
E('ERR_MISSING_OPTION', TypeError, '%s is required');
E('ERR_MODULE_NOT_FOUND', Error, function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
});
E('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
E('ERR_NAPI_CONS_FUNCTION', TypeError, 'Constructor must be a function');
E('ERR_NAPI_INVALID_DATAVIEW_ARGS', RangeError, 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in');
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', RangeError, 'start offset of %s should be a multiple of %s');
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', RangeError, 'Invalid typed array length');
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', Error, "import '%s' received a bad response: %s");
E('ERR_NETWORK_IMPORT_DISALLOWED', Error, "import of '%s' by %s is not supported: %s");
E('ERR_NOT_BUILDING_SNAPSHOT', Error, 'Operation cannot be invoked when not building startup snapshot');
// Coil's own: a Node API that this runtime does not provide yet.
E('ERR_NOT_IMPLEMENTED', Error, '%s is not implemented in Coil yet');
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', Error, 'Operation cannot be invoked when not in a single-executable application');
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', Error, '%s is not supported in startup snapshot');
E('ERR_NO_CRYPTO', Error, 'Node.js is not compiled with OpenSSL crypto support');
E('ERR_NO_ICU', TypeError, '%s is not supported on Node.js compiled without ICU');
E('ERR_OPERATION_FAILED', Error, 'Operation failed: %s', TypeError);
E('ERR_OUT_OF_RANGE', RangeError, outOfRangeMessage);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', TypeError, (specifier, packagePath, base) => {
  const where = packagePath ? ` in package ${packagePath}package.json` : '';
  return `Package import specifier "${specifier}" is not defined${where} imported from ${base}`;
});
E('ERR_PACKAGE_PATH_NOT_EXPORTED', Error, (pkgPath, subpath, base = undefined) => {
  const importedFrom = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${importedFrom}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${importedFrom}`;
});
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, '%s');
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError, "Unexpected argument '%s'. This command does not take positional arguments");
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
  const hint = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${hint}`;
});
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError, '%d is not a valid timestamp');
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError, '%s');
E('ERR_REQUIRE_ASYNC_MODULE', Error, (filename, parentFilename) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) msg += `\n  From ${parentFilename} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
});
E('ERR_REQUIRE_CYCLE_MODULE', Error, '%s');
E('ERR_REQUIRE_ESM', Error, requireEsmMessage);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', Error, 'Script execution was interrupted by `SIGINT`');
E('ERR_SCRIPT_EXECUTION_TIMEOUT', Error, 'Script execution timed out after %sms');
E('ERR_SERVER_ALREADY_LISTEN', Error, 'Listen method has been called more than once without closing.');
E('ERR_SERVER_NOT_RUNNING', Error, 'Server is not running.');
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', Error, 'Cannot find asset %s for the single executable application');
E('ERR_SOCKET_ALREADY_BOUND', Error, 'Socket is already bound');
E('ERR_SOCKET_BAD_BUFFER_SIZE', TypeError, 'Buffer size must be a positive integer');
E('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
});
E('ERR_SOCKET_BAD_TYPE', TypeError, 'Bad socket type specified. Valid types are: udp4, udp6');
E('ERR_SOCKET_BUFFER_SIZE', SystemError, 'Could not get or set buffer size');
E('ERR_SOCKET_CLOSED', Error, 'Socket is closed');
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', Error, 'Socket closed before the connection was established');
E('ERR_SOCKET_CONNECTION_TIMEOUT', Error, 'Socket connection timeout');
E('ERR_SOCKET_DGRAM_IS_CONNECTED', Error, 'Already connected');
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', Error, 'Not connected');
E('ERR_SOCKET_DGRAM_NOT_RUNNING', Error, 'Not running');
E('ERR_SRI_PARSE', SyntaxError, 'Subresource Integrity string %j had an unexpected %j at position %d');
E('ERR_STREAM_ALREADY_FINISHED', Error, 'Cannot call %s after a stream was finished');
E('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
E('ERR_STREAM_DESTROYED', Error, 'Cannot call %s after a stream was destroyed');
E('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
E('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
E('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
E('ERR_STREAM_WRAP', Error, 'Stream has StringDecoder set or is in objectMode');
E('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
E('ERR_STRING_TOO_LONG', Error, 'Cannot create a string longer than 0x1fffffe8 characters');
E('ERR_SYNTHETIC', Error, 'JavaScript Callstack');
E('ERR_SYSTEM_ERROR', SystemError, 'A system error occurred');
E('ERR_TEST_FAILURE', Error, function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  if (typeof error === 'string') return error;
  return String(error?.message ?? inspect(error));
});
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', TypeError, (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${Array.prototype.join.call(protocols, ', ')})`;
});
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', TypeError, 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
E('ERR_TLS_CERT_ALTNAME_FORMAT', SyntaxError, 'Invalid subject alternative name string');
E('ERR_TLS_CERT_ALTNAME_INVALID', Error, function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
});
E('ERR_TLS_DH_PARAM_SIZE', Error, 'DH parameter size %s is less than 2048');
E('ERR_TLS_HANDSHAKE_TIMEOUT', Error, 'TLS handshake timeout');
E('ERR_TLS_INVALID_CONTEXT', TypeError, '%s must be a SecureContext');
E('ERR_TLS_INVALID_PROTOCOL_VERSION', TypeError, '%j is not a valid %s TLS protocol version');
E('ERR_TLS_INVALID_STATE', Error, 'TLS socket connection must be securely established');
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', TypeError, 'TLS protocol version %j conflicts with secureProtocol %j');
E('ERR_TLS_RENEGOTIATION_DISABLED', Error, 'TLS session renegotiation disabled for this socket');
E('ERR_TLS_REQUIRED_SERVER_NAME', Error, '"servername" is required parameter for Server.addContext');
E('ERR_TLS_SESSION_ATTACK', Error, 'TLS session renegotiation attack detected');
E('ERR_TLS_SNI_FROM_SERVER', Error, 'Cannot issue SNI from a TLS server-side socket');
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', TypeError, 'At least one category is required');
E('ERR_TRACE_EVENTS_UNAVAILABLE', Error, 'Trace events are unavailable');
E('ERR_TTY_INIT_FAILED', SystemError, 'TTY initialization failed');
E('ERR_UNAVAILABLE_DURING_EXIT', Error, 'Cannot call function in process exit handler');
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', Error, '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
E('ERR_UNESCAPED_CHARACTERS', TypeError, '%s contains unescaped characters');
E('ERR_UNHANDLED_ERROR', Error, (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
});
E('ERR_UNKNOWN_BUILTIN_MODULE', Error, 'No such built-in module: %s');
E('ERR_UNKNOWN_CREDENTIAL', Error, '%s identifier does not exist: %s');
E('ERR_UNKNOWN_ENCODING', TypeError, 'Unknown encoding: %s');
E('ERR_UNKNOWN_FILE_EXTENSION', TypeError, 'Unknown file extension "%s" for %s');
E('ERR_UNKNOWN_MODULE_FORMAT', RangeError, 'Unknown module format: %s for URL %s');
E('ERR_UNKNOWN_SIGNAL', TypeError, 'Unknown signal: %s');
E('ERR_UNSUPPORTED_DIR_IMPORT', Error, function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
});
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', Error, (url, supported) => {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. Received protocol '${url.protocol}'`;
});
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', TypeError, 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.');
E('ERR_USE_AFTER_CLOSE', Error, '%s was closed');
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', Error, 'At least one valid performance entry type is required');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', TypeError, 'A dynamic import callback was not specified.');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', TypeError, 'A dynamic import callback was invoked without --experimental-vm-modules');
E('ERR_VM_MODULE_ALREADY_LINKED', Error, 'Module has already been linked');
E('ERR_VM_MODULE_CACHED_DATA_REJECTED', Error, 'cachedData buffer was rejected');
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', Error, 'Cached data cannot be created for a module which has been evaluated');
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', Error, 'Linked modules must use the same context');
E('ERR_VM_MODULE_LINK_FAILURE', Error, function(message, cause) {
  this.cause = cause;
  return message;
});
E('ERR_VM_MODULE_NOT_MODULE', Error, 'Provided module is not an instance of Module');
E('ERR_VM_MODULE_STATUS', Error, 'Module status %s');
E('ERR_WASI_ALREADY_STARTED', Error, 'WASI instance has already started');
E('ERR_WASI_NOT_STARTED', Error, 'wasi.start() has not been called');
E('ERR_WEBASSEMBLY_RESPONSE', TypeError, 'WebAssembly response %s');
E('ERR_WORKER_INIT_FAILED', Error, 'Worker initialization failure: %s');
E('ERR_WORKER_INVALID_EXEC_ARGV', Error, (errors, msg = 'invalid execArgv flags') => {
  return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
});
E('ERR_WORKER_MESSAGING_ERRORED', Error, 'The destination thread threw an error while processing the message');
E('ERR_WORKER_MESSAGING_FAILED', Error, 'Cannot find the destination thread or listener');
E('ERR_WORKER_MESSAGING_SAME_THREAD', Error, 'Cannot sent a message to the same thread');
E('ERR_WORKER_MESSAGING_TIMEOUT', Error, 'Sending a message to another thread timed out');
E('ERR_WORKER_NOT_RUNNING', Error, 'Worker instance not running');
E('ERR_WORKER_OUT_OF_MEMORY', Error, 'Worker terminated due to reaching memory limit: %s');
E('ERR_WORKER_PATH', TypeError, (filename) => {
  const name = String(filename);
  let hint = '';
  if (name.startsWith('file://')) hint += ' Wrap file:// URLs with `new URL`.';
  if (name.startsWith('data:text/javascript')) hint += ' Wrap data: URLs with `new URL`.';
  return `${kWorkerPathMessage}${hint} Received "${name}"`;
});
E('ERR_WORKER_UNSERIALIZABLE_ERROR', Error, 'Serializing an uncaught exception failed');
E('ERR_WORKER_UNSUPPORTED_OPERATION', TypeError, '%s is not supported in workers');

// ---------------------------------------------------------------------------
// libuv errors (Linux numbering): [code, errno, description]

const kUvErrors = [
  ['E2BIG', -7, 'argument list too long'],
  ['EACCES', -13, 'permission denied'],
  ['EADDRINUSE', -98, 'address already in use'],
  ['EADDRNOTAVAIL', -99, 'address not available'],
  ['EAFNOSUPPORT', -97, 'address family not supported'],
  ['EAGAIN', -11, 'resource temporarily unavailable'],
  ['EAI_ADDRFAMILY', -3000, 'address family not supported'],
  ['EAI_AGAIN', -3001, 'temporary failure'],
  ['EAI_BADFLAGS', -3002, 'bad ai_flags value'],
  ['EAI_BADHINTS', -3013, 'invalid value for hints'],
  ['EAI_CANCELED', -3003, 'request canceled'],
  ['EAI_FAIL', -3004, 'permanent failure'],
  ['EAI_FAMILY', -3005, 'ai_family not supported'],
  ['EAI_MEMORY', -3006, 'out of memory'],
  ['EAI_NODATA', -3007, 'no address'],
  ['EAI_NONAME', -3008, 'unknown node or service'],
  ['EAI_OVERFLOW', -3009, 'argument buffer overflow'],
  ['EAI_PROTOCOL', -3014, 'resolved protocol is unknown'],
  ['EAI_SERVICE', -3010, 'service not available for socket type'],
  ['EAI_SOCKTYPE', -3011, 'socket type not supported'],
  ['EALREADY', -114, 'connection already in progress'],
  ['EBADF', -9, 'bad file descriptor'],
  ['EBUSY', -16, 'resource busy or locked'],
  ['ECANCELED', -125, 'operation canceled'],
  ['ECHARSET', -4080, 'invalid Unicode character'],
  ['ECONNABORTED', -103, 'software caused connection abort'],
  ['ECONNREFUSED', -111, 'connection refused'],
  ['ECONNRESET', -104, 'connection reset by peer'],
  ['EDESTADDRREQ', -89, 'destination address required'],
  ['EEXIST', -17, 'file already exists'],
  ['EFAULT', -14, 'bad address in system call argument'],
  ['EFBIG', -27, 'file too large'],
  ['EHOSTUNREACH', -113, 'host is unreachable'],
  ['EINTR', -4, 'interrupted system call'],
  ['EINVAL', -22, 'invalid argument'],
  ['EIO', -5, 'i/o error'],
  ['EISCONN', -106, 'socket is already connected'],
  ['EISDIR', -21, 'illegal operation on a directory'],
  ['ELOOP', -40, 'too many symbolic links encountered'],
  ['EMFILE', -24, 'too many open files'],
  ['EMSGSIZE', -90, 'message too long'],
  ['ENAMETOOLONG', -36, 'name too long'],
  ['ENETDOWN', -100, 'network is down'],
  ['ENETUNREACH', -101, 'network is unreachable'],
  ['ENFILE', -23, 'file table overflow'],
  ['ENOBUFS', -105, 'no buffer space available'],
  ['ENODEV', -19, 'no such device'],
  ['ENOENT', -2, 'no such file or directory'],
  ['ENOMEM', -12, 'not enough memory'],
  ['ENONET', -64, 'machine is not on the network'],
  ['ENOPROTOOPT', -92, 'protocol not available'],
  ['ENOSPC', -28, 'no space left on device'],
  ['ENOSYS', -38, 'function not implemented'],
  ['ENOTCONN', -107, 'socket is not connected'],
  ['ENOTDIR', -20, 'not a directory'],
  ['ENOTEMPTY', -39, 'directory not empty'],
  ['ENOTSOCK', -88, 'socket operation on non-socket'],
  ['ENOTSUP', -95, 'operation not supported on socket'],
  ['EOVERFLOW', -75, 'value too large for defined data type'],
  ['EPERM', -1, 'operation not permitted'],
  ['EPIPE', -32, 'broken pipe'],
  ['EPROTO', -71, 'protocol error'],
  ['EPROTONOSUPPORT', -93, 'protocol not supported'],
  ['EPROTOTYPE', -91, 'protocol wrong type for socket'],
  ['ERANGE', -34, 'result too large'],
  ['EROFS', -30, 'read-only file system'],
  ['ESHUTDOWN', -108, 'cannot send after transport endpoint shutdown'],
  ['ESPIPE', -29, 'invalid seek'],
  ['ESRCH', -3, 'no such process'],
  ['ETIMEDOUT', -110, 'connection timed out'],
  ['ETXTBSY', -26, 'text file is busy'],
  ['EXDEV', -18, 'cross-device link not permitted'],
  ['UNKNOWN', -4094, 'unknown error'],
  ['EOF', -4095, 'end of file'],
  ['ENXIO', -6, 'no such device or address'],
  ['EMLINK', -31, 'too many links'],
  ['EHOSTDOWN', -112, 'host is down'],
  ['EREMOTEIO', -121, 'remote I/O error'],
  ['ENOTTY', -25, 'inappropriate ioctl for device'],
  ['EFTYPE', -4028, 'inappropriate file type or format'],
  ['EILSEQ', -84, 'illegal byte sequence'],
  ['ESOCKTNOSUPPORT', -94, 'socket type not supported'],
  ['ENODATA', -61, 'no data available'],
  ['EUNATCH', -49, 'protocol driver not attached'],
];

let uvByErrno = null;
let uvByCode = null;
function uvTables() {
  if (uvByErrno === null) {
    uvByErrno = new Map();
    uvByCode = new Map();
    for (const [code, errno, description] of kUvErrors) {
      uvByErrno.set(errno, [code, description]);
      uvByCode.set(code, errno);
    }
  }
  return uvByErrno;
}

// [code, description] for a negative errno, or undefined.
function uvErrmapGet(errno) {
  return uvTables().get(errno);
}

// The negative errno for a code name such as 'ENOENT', or undefined.
function uvErrnoFromCode(code) {
  uvTables();
  return uvByCode.get(code);
}

// A fresh Map errno -> [code, description], like util.getSystemErrorMap().
function getSystemErrorMap() {
  return new Map(uvTables());
}

// util.getSystemErrorName(err)
function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = uvErrmapGet(err);
  return entry !== undefined ? entry[0] : `Unknown system error ${err}`;
}

const kUvUnknown = ['UNKNOWN', 'unknown error'];

function captureFrom(err, fn) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, fn);
}

// Node's system error for a failed libuv call, as fs and friends throw it:
// `ENOENT: no such file or directory, open 'x'` with errno, code, syscall,
// path, dest. `ctx.errno` is the negative errno (a code name such as
// 'ENOENT' is accepted in `ctx.code` instead); `ctx.message` overrides the
// description.
function uvException(ctx) {
  let errno = ctx.errno;
  if (typeof errno !== 'number' && typeof ctx.code === 'string') errno = uvErrnoFromCode(ctx.code);
  const [code, description] = uvErrmapGet(errno) || kUvUnknown;
  let message = `${code}: ${ctx.message || description}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = ctx.syscall;
  for (const key of Object.keys(ctx)) {
    if (key === 'message' || key === 'path' || key === 'dest' ||
        key === 'errno' || key === 'code' || key === 'syscall') continue;
    err[key] = ctx[key];
  }
  if (path) err.path = path;
  if (dest) err.dest = dest;
  captureFrom(err, uvException);
  return err;
}

// `connect ECONNREFUSED: connection refused 1.2.3.4:80`
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, description] = uvErrmapGet(err) || kUvUnknown;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${description}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  captureFrom(ex, uvExceptionWithHostPort);
  return ex;
}

// `open ENOENT extra`
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  captureFrom(ex, errnoException);
  return ex;
}

// `connect ECONNREFUSED 127.0.0.1:80 - Local (x)`
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  captureFrom(ex, exceptionWithHostPort);
  return ex;
}

const kEaiNodata = -3007;
const kEaiNoname = -3008;

// `getaddrinfo ENOTFOUND example.invalid`; `code` is a negative errno or a
// c-ares code name.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === kEaiNodata || code === kEaiNoname) code = 'ENOTFOUND';
    else code = getSystemErrorName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  captureFrom(ex, dnsException);
  return ex;
}

function connResetException(message) {
  const ex = new Error(message);
  ex.code = 'ECONNRESET';
  captureFrom(ex, connResetException);
  return ex;
}

// ---------------------------------------------------------------------------
// Other helpers

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node hides its internal frames from stacks; Coil keeps them.
function hideStackFrames(fn) {
  fn.withoutStackTrace = fn;
  return fn;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// Combines a cleanup error with the primary one the way streams report them.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

module.exports = {
  codes,
  kIsNodeError,
  kEnhanceStackBeforeInspector,
  AbortError,
  SystemError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  determineSpecificType,
  formatList,
  addNumericalSeparator,
  genericNodeError,
  aggregateTwoErrors,
  // libuv / system errors
  uvErrmapGet,
  uvErrnoFromCode,
  getSystemErrorMap,
  getSystemErrorName,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort,
  UVExceptionWithHostPort: uvExceptionWithHostPort,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  ExceptionWithHostPort: exceptionWithHostPort,
  dnsException,
  DNSException: dnsException,
  connResetException,
  ConnResetException: connResetException,
};
