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

// Loaded on first use: message functions and the "Received ..." helpers.
let messagesLib = null;
function lazyMessages() {
  if (messagesLib === null) messagesLib = require('internal/errors/messages');
  return messagesLib;
}

// The message function of `code`, resolved when its first error is built.
function messageFunction(code) {
  return function(...args) {
    return Reflect.apply(lazyMessages().messages[code], this, args);
  };
}

function formatList(list, conjunction) {
  return lazyMessages().formatList(list, conjunction);
}

function addNumericalSeparator(digits) {
  return lazyMessages().addNumericalSeparator(digits);
}

function determineSpecificType(value) {
  return lazyMessages().determineSpecificType(value);
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

// The classes by code name, built on first use from the table below: making
// some three hundred classes, or even parsing three hundred definitions, at
// start-up would cost every script milliseconds. `codes` is a Proxy over
// `codeTarget` so that a code's table line is read the first time the code
// is named; listing the keys defines them all, in table order.
const codeTarget = {};

// Registers one code. `message` is a util.format template or a function
// called with the error as `this` (so it can add properties); extra bases
// become `codes.X.RangeError` etc. like Node's.
// The property stays an accessor (Boa's property caches expect that),
// caching the class in the closure.
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
  Object.defineProperty(codeTarget, code, {
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
// The table: every code Node 20's lib defines, the ones its C++ layer throws
// (crypto, vm, workers, buffers), and Coil's ERR_NOT_IMPLEMENTED (a Node API
// this runtime does not provide yet). One line per code: the code, its base
// class (then any extra bases, comma-separated, which become
// `codes.X.RangeError` etc.), and a util.format template — or `=` when the
// message needs logic, in which case the function is
// internal/errors/messages.js's export of that name. Kept as text so that
// start-up parses one string instead of three hundred calls.

const kBases = { Error, TypeError, RangeError, SyntaxError, URIError, SystemError };

const kTable = `
ERR_ACCESS_DENIED Error =
ERR_AMBIGUOUS_ARGUMENT TypeError The "%s" argument is ambiguous. %s
ERR_ARG_NOT_ITERABLE TypeError %s must be iterable
ERR_ASSERTION Error %s
ERR_ASYNC_CALLBACK TypeError %s must be a function
ERR_ASYNC_TYPE TypeError Invalid name for async "type": %s
ERR_BROTLI_INVALID_PARAM RangeError %s is not a valid Brotli parameter
ERR_BUFFER_CONTEXT_NOT_AVAILABLE Error Buffer is not available for the current Context
ERR_BUFFER_OUT_OF_BOUNDS RangeError =
ERR_BUFFER_TOO_LARGE RangeError Cannot create a Buffer larger than %s bytes
ERR_CANNOT_WATCH_SIGINT Error Cannot watch for SIGINT signals
ERR_CHILD_CLOSED_BEFORE_REPLY Error Child closed before reply received
ERR_CHILD_PROCESS_IPC_REQUIRED Error Forked processes must have an IPC channel, missing value 'ipc' in %s
ERR_CHILD_PROCESS_STDIO_MAXBUFFER RangeError %s maxBuffer length exceeded
ERR_CLOSED_MESSAGE_PORT Error Cannot send data on closed MessagePort
ERR_CONSOLE_WRITABLE_STREAM TypeError Console expects a writable stream instance for %s
ERR_CONSTRUCT_CALL_INVALID TypeError Constructor cannot be called
ERR_CONSTRUCT_CALL_REQUIRED TypeError Cannot call constructor without \`new\`
ERR_CONTEXT_NOT_INITIALIZED Error context used is not initialized
ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED Error Custom engines not supported by this OpenSSL
ERR_CRYPTO_ECDH_INVALID_FORMAT TypeError Invalid ECDH format: %s
ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY Error Public key is not valid for specified curve
ERR_CRYPTO_ENGINE_UNKNOWN Error Engine "%s" was not found
ERR_CRYPTO_FIPS_FORCED Error Cannot set FIPS mode, it was forced with --force-fips at startup.
ERR_CRYPTO_FIPS_UNAVAILABLE Error Cannot set FIPS mode in a non-FIPS build.
ERR_CRYPTO_HASH_FINALIZED Error Digest already called
ERR_CRYPTO_HASH_UPDATE_FAILED Error Hash update failed
ERR_CRYPTO_INCOMPATIBLE_KEY Error Incompatible %s: %s
ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS Error The selected key encoding %s %s.
ERR_CRYPTO_INVALID_AUTH_TAG TypeError Invalid authentication tag length: %s
ERR_CRYPTO_INVALID_CURVE TypeError Invalid EC curve name
ERR_CRYPTO_INVALID_DIGEST TypeError Invalid digest: %s
ERR_CRYPTO_INVALID_IV TypeError Invalid initialization vector
ERR_CRYPTO_INVALID_JWK TypeError Invalid JWK data
ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE TypeError Invalid key object type %s, expected %s.
ERR_CRYPTO_INVALID_KEYLEN RangeError Invalid key length
ERR_CRYPTO_INVALID_SCRYPT_PARAMS RangeError Invalid scrypt params
ERR_CRYPTO_INVALID_STATE Error Invalid state for operation %s
ERR_CRYPTO_PBKDF2_ERROR Error PBKDF2 error
ERR_CRYPTO_SCRYPT_INVALID_PARAMETER Error Invalid scrypt parameter
ERR_CRYPTO_SCRYPT_NOT_SUPPORTED Error Scrypt algorithm not supported
ERR_CRYPTO_SIGN_KEY_REQUIRED Error No key provided to sign
ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH RangeError Input buffers must have the same byte length
ERR_CRYPTO_UNKNOWN_CIPHER Error Unknown cipher
ERR_CRYPTO_UNKNOWN_DH_GROUP Error Unknown DH group
ERR_DEBUGGER_ERROR Error %s
ERR_DEBUGGER_STARTUP_ERROR Error %s
ERR_DIR_CLOSED Error Directory handle was closed
ERR_DIR_CONCURRENT_OPERATION Error Cannot do synchronous work on directory handle with concurrent asynchronous operations
ERR_DNS_SET_SERVERS_FAILED Error c-ares failed to set servers: "%s" [%s]
ERR_DLOPEN_FAILED Error %s
ERR_DOMAIN_CALLBACK_NOT_AVAILABLE Error A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the \`domain\` module
ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE Error The \`domain\` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()
ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION Error Deserialize main function is already configured.
ERR_ENCODING_INVALID_ENCODED_DATA TypeError =
ERR_ENCODING_NOT_SUPPORTED RangeError The "%s" encoding is not supported
ERR_EVAL_ESM_CANNOT_PRINT Error --print cannot be used with ESM input
ERR_EVENT_RECURSION Error The event "%s" is already being dispatched
ERR_FALSY_VALUE_REJECTION Error =
ERR_FEATURE_UNAVAILABLE_ON_PLATFORM TypeError The feature %s is unavailable on the current platform, which is being used to run Node.js
ERR_FS_CP_DIR_TO_NON_DIR SystemError Cannot overwrite non-directory with directory
ERR_FS_CP_EEXIST SystemError Target already exists
ERR_FS_CP_EINVAL SystemError Invalid src or dest
ERR_FS_CP_FIFO_PIPE SystemError Cannot copy a FIFO pipe
ERR_FS_CP_NON_DIR_TO_DIR SystemError Cannot overwrite directory with non-directory
ERR_FS_CP_SOCKET SystemError Cannot copy a socket file
ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY SystemError Cannot overwrite symlink in subdirectory of self
ERR_FS_CP_UNKNOWN SystemError Cannot copy an unknown file type
ERR_FS_EISDIR SystemError Path is a directory
ERR_FS_FILE_TOO_LARGE RangeError File size (%s) is greater than 2 GiB
ERR_FS_INVALID_SYMLINK_TYPE Error Symlink type must be one of "dir", "file", or "junction". Received "%s"
ERR_HTTP2_ALTSVC_INVALID_ORIGIN TypeError HTTP/2 ALTSVC frames require a valid origin
ERR_HTTP2_ALTSVC_LENGTH TypeError HTTP/2 ALTSVC frames are limited to 16382 bytes
ERR_HTTP2_CONNECT_AUTHORITY Error :authority header is required for CONNECT requests
ERR_HTTP2_CONNECT_PATH Error The :path header is forbidden for CONNECT requests
ERR_HTTP2_CONNECT_SCHEME Error The :scheme header is forbidden for CONNECT requests
ERR_HTTP2_GOAWAY_SESSION Error New streams cannot be created after receiving a GOAWAY
ERR_HTTP2_HEADERS_AFTER_RESPOND Error Cannot specify additional headers after response initiated
ERR_HTTP2_HEADERS_SENT Error Response has already been initiated.
ERR_HTTP2_HEADER_SINGLE_VALUE TypeError Header field "%s" must only have a single value
ERR_HTTP2_INFO_STATUS_NOT_ALLOWED RangeError Informational status codes cannot be used
ERR_HTTP2_INVALID_CONNECTION_HEADERS TypeError HTTP/1 Connection specific headers are forbidden: "%s"
ERR_HTTP2_INVALID_HEADER_VALUE TypeError Invalid value "%s" for header "%s"
ERR_HTTP2_INVALID_INFO_STATUS RangeError Invalid informational status code: %s
ERR_HTTP2_INVALID_ORIGIN TypeError HTTP/2 ORIGIN frames require a valid origin
ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH RangeError Packed settings length must be a multiple of six
ERR_HTTP2_INVALID_PSEUDOHEADER TypeError "%s" is an invalid pseudoheader or is used incorrectly
ERR_HTTP2_INVALID_SESSION Error The session has been destroyed
ERR_HTTP2_INVALID_SETTING_VALUE TypeError,RangeError =
ERR_HTTP2_INVALID_STREAM Error The stream has been destroyed
ERR_HTTP2_MAX_PENDING_SETTINGS_ACK Error Maximum number of pending settings acknowledgements
ERR_HTTP2_NESTED_PUSH Error A push stream cannot initiate another push stream.
ERR_HTTP2_NO_MEM Error Out of memory
ERR_HTTP2_NO_SOCKET_MANIPULATION Error HTTP/2 sockets should not be directly manipulated (e.g. read and written)
ERR_HTTP2_ORIGIN_LENGTH TypeError HTTP/2 ORIGIN frames are limited to 16382 bytes
ERR_HTTP2_OUT_OF_STREAMS Error No stream ID is available because maximum stream ID has been reached
ERR_HTTP2_PAYLOAD_FORBIDDEN Error Responses with %s status must not have a payload
ERR_HTTP2_PING_CANCEL Error HTTP2 ping cancelled
ERR_HTTP2_PING_LENGTH RangeError HTTP2 ping payload must be 8 bytes
ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED TypeError Cannot set HTTP/2 pseudo-headers
ERR_HTTP2_PUSH_DISABLED Error HTTP/2 client has disabled push streams
ERR_HTTP2_SEND_FILE Error Directories cannot be sent
ERR_HTTP2_SEND_FILE_NOSEEK Error Offset or length can only be specified for regular files
ERR_HTTP2_SESSION_ERROR Error Session closed with error code %s
ERR_HTTP2_SETTINGS_CANCEL Error HTTP2 session settings canceled
ERR_HTTP2_SOCKET_BOUND Error The socket is already bound to an Http2Session
ERR_HTTP2_SOCKET_UNBOUND Error The socket has been disconnected from the Http2Session
ERR_HTTP2_STATUS_101 Error HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2
ERR_HTTP2_STATUS_INVALID RangeError Invalid status code: %s
ERR_HTTP2_STREAM_CANCEL Error =
ERR_HTTP2_STREAM_ERROR Error Stream closed with error code %s
ERR_HTTP2_STREAM_SELF_DEPENDENCY Error A stream cannot depend on itself
ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS Error Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS
ERR_HTTP2_TOO_MANY_INVALID_FRAMES Error Too many invalid HTTP/2 frames
ERR_HTTP2_TRAILERS_ALREADY_SENT Error Trailing headers have already been sent
ERR_HTTP2_TRAILERS_NOT_READY Error Trailing headers cannot be sent until after the wantTrailers event is emitted
ERR_HTTP2_UNSUPPORTED_PROTOCOL Error protocol "%s" is unsupported.
ERR_HTTP_BODY_NOT_ALLOWED Error Adding content for this request method or response status is not allowed.
ERR_HTTP_CONTENT_LENGTH_MISMATCH Error Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header
ERR_HTTP_HEADERS_SENT Error Cannot %s headers after they are sent to the client
ERR_HTTP_INVALID_HEADER_VALUE TypeError Invalid value "%s" for header "%s"
ERR_HTTP_INVALID_STATUS_CODE RangeError Invalid status code: %s
ERR_HTTP_REQUEST_TIMEOUT Error Request timeout
ERR_HTTP_SOCKET_ASSIGNED Error ServerResponse has an already assigned socket
ERR_HTTP_SOCKET_ENCODING Error Changing the socket encoding is not allowed per RFC7230 Section 3.
ERR_HTTP_TRAILER_INVALID Error Trailers are invalid with this transfer encoding
ERR_ILLEGAL_CONSTRUCTOR TypeError Illegal constructor
ERR_IMPORT_ASSERTION_TYPE_FAILED TypeError Module "%s" is not of type "%s"
ERR_IMPORT_ASSERTION_TYPE_MISSING TypeError Module "%s" needs an import attribute of type "%s"
ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED TypeError Import attribute type "%s" is unsupported
ERR_IMPORT_ATTRIBUTE_MISSING TypeError Module "%s" needs an import attribute of "%s: %s"
ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE TypeError Module "%s" is not of type "%s"
ERR_IMPORT_ATTRIBUTE_UNSUPPORTED TypeError Import attribute "%s" with value "%s" is not supported
ERR_INCOMPATIBLE_OPTION_PAIR TypeError Option "%s" cannot be used in combination with option "%s"
ERR_INPUT_TYPE_NOT_ALLOWED Error --input-type can only be used with string input via --eval, --print, or STDIN
ERR_INSPECTOR_ALREADY_ACTIVATED Error Inspector is already activated. Close it with inspector.close() before activating it again.
ERR_INSPECTOR_ALREADY_CONNECTED Error %s is already connected
ERR_INSPECTOR_CLOSED Error Session was closed
ERR_INSPECTOR_COMMAND Error Inspector error %d: %s
ERR_INSPECTOR_NOT_ACTIVE Error Inspector is not active
ERR_INSPECTOR_NOT_AVAILABLE Error Inspector is not available
ERR_INSPECTOR_NOT_CONNECTED Error Session is not connected
ERR_INSPECTOR_NOT_WORKER Error Current thread is not a worker
ERR_INTERNAL_ASSERTION Error =
ERR_INVALID_ADDRESS_FAMILY RangeError =
ERR_INVALID_ARG_TYPE TypeError =
ERR_INVALID_ARG_VALUE TypeError,RangeError =
ERR_INVALID_ASYNC_ID RangeError Invalid %s value: %s
ERR_INVALID_BUFFER_SIZE RangeError Buffer size must be a multiple of %s
ERR_INVALID_CHAR TypeError =
ERR_INVALID_CURSOR_POS TypeError Cannot set cursor row without setting its column
ERR_INVALID_FD RangeError "fd" must be a positive integer: %s
ERR_INVALID_FD_TYPE TypeError Unsupported fd type: %s
ERR_INVALID_FILE_URL_HOST TypeError File URL host must be "localhost" or empty on %s
ERR_INVALID_FILE_URL_PATH TypeError File URL path %s
ERR_INVALID_HANDLE_TYPE TypeError This handle type cannot be sent
ERR_INVALID_HTTP_TOKEN TypeError %s must be a valid HTTP token ["%s"]
ERR_INVALID_IP_ADDRESS TypeError Invalid IP address: %s
ERR_INVALID_MIME_SYNTAX TypeError =
ERR_INVALID_MODULE_SPECIFIER TypeError =
ERR_INVALID_PACKAGE_CONFIG Error =
ERR_INVALID_PACKAGE_TARGET Error =
ERR_INVALID_PROTOCOL TypeError Protocol "%s" not supported. Expected "%s"
ERR_INVALID_REPL_EVAL_CONFIG TypeError Cannot specify both "breakEvalOnSigint" and "eval" for REPL
ERR_INVALID_REPL_INPUT TypeError %s
ERR_INVALID_RETURN_PROPERTY TypeError =
ERR_INVALID_RETURN_PROPERTY_VALUE TypeError =
ERR_INVALID_RETURN_VALUE TypeError,RangeError =
ERR_INVALID_STATE Error,TypeError,RangeError Invalid state: %s
ERR_INVALID_SYNC_FORK_INPUT TypeError Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s
ERR_INVALID_THIS TypeError Value of "this" must be of type %s
ERR_INVALID_TRANSFER_OBJECT TypeError Found invalid object in transferList
ERR_INVALID_TUPLE TypeError %s must be an iterable %s tuple
ERR_INVALID_URI URIError URI malformed
ERR_INVALID_URL TypeError =
ERR_INVALID_URL_SCHEME TypeError =
ERR_IPC_CHANNEL_CLOSED Error Channel closed
ERR_IPC_DISCONNECTED Error IPC channel is already disconnected
ERR_IPC_ONE_PIPE Error Child process can have only one IPC pipe
ERR_IPC_SYNC_FORK Error IPC cannot be used with synchronous forks
ERR_LOADER_CHAIN_INCOMPLETE Error "%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include \`shortCircuit: true\` in the hook's return.
ERR_MANIFEST_ASSERT_INTEGRITY Error =
ERR_MANIFEST_DEPENDENCY_MISSING Error Manifest resource %s does not list %s as a dependency specifier for conditions: %s
ERR_MANIFEST_INTEGRITY_MISMATCH SyntaxError Manifest resource %s has multiple entries but integrity lists do not match
ERR_MANIFEST_INVALID_RESOURCE_FIELD TypeError Manifest resource %s has invalid property value for %s
ERR_MANIFEST_INVALID_SPECIFIER TypeError Manifest resource %s has invalid dependency mapping %s
ERR_MANIFEST_TDZ Error Manifest initialization has not yet run
ERR_MANIFEST_UNKNOWN_ONERROR SyntaxError Manifest specified unknown error behavior "%s".
ERR_MEMORY_ALLOCATION_FAILED Error Failed to allocate memory
ERR_METHOD_NOT_IMPLEMENTED Error The %s method is not implemented
ERR_MISSING_ARGS TypeError =
ERR_MISSING_OPTION TypeError %s is required
ERR_MODULE_NOT_FOUND Error =
ERR_MULTIPLE_CALLBACK Error Callback called multiple times
ERR_NAPI_CONS_FUNCTION TypeError Constructor must be a function
ERR_NAPI_INVALID_DATAVIEW_ARGS RangeError byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in
ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT RangeError start offset of %s should be a multiple of %s
ERR_NAPI_INVALID_TYPEDARRAY_LENGTH RangeError Invalid typed array length
ERR_NETWORK_IMPORT_BAD_RESPONSE Error import '%s' received a bad response: %s
ERR_NETWORK_IMPORT_DISALLOWED Error import of '%s' by %s is not supported: %s
ERR_NOT_BUILDING_SNAPSHOT Error Operation cannot be invoked when not building startup snapshot
ERR_NOT_IMPLEMENTED Error %s is not implemented in Coil yet
ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION Error Operation cannot be invoked when not in a single-executable application
ERR_NOT_SUPPORTED_IN_SNAPSHOT Error %s is not supported in startup snapshot
ERR_NO_CRYPTO Error Node.js is not compiled with OpenSSL crypto support
ERR_NO_ICU TypeError %s is not supported on Node.js compiled without ICU
ERR_OPERATION_FAILED Error,TypeError Operation failed: %s
ERR_OUT_OF_RANGE RangeError =
ERR_PACKAGE_IMPORT_NOT_DEFINED TypeError =
ERR_PACKAGE_PATH_NOT_EXPORTED Error =
ERR_PARSE_ARGS_INVALID_OPTION_VALUE TypeError %s
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL TypeError Unexpected argument '%s'. This command does not take positional arguments
ERR_PARSE_ARGS_UNKNOWN_OPTION TypeError =
ERR_PERFORMANCE_INVALID_TIMESTAMP TypeError %d is not a valid timestamp
ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS TypeError %s
ERR_REQUIRE_ASYNC_MODULE Error =
ERR_REQUIRE_CYCLE_MODULE Error %s
ERR_REQUIRE_ESM Error =
ERR_SCRIPT_EXECUTION_INTERRUPTED Error Script execution was interrupted by \`SIGINT\`
ERR_SCRIPT_EXECUTION_TIMEOUT Error Script execution timed out after %sms
ERR_SERVER_ALREADY_LISTEN Error Listen method has been called more than once without closing.
ERR_SERVER_NOT_RUNNING Error Server is not running.
ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND Error Cannot find asset %s for the single executable application
ERR_SOCKET_ALREADY_BOUND Error Socket is already bound
ERR_SOCKET_BAD_BUFFER_SIZE TypeError Buffer size must be a positive integer
ERR_SOCKET_BAD_PORT RangeError =
ERR_SOCKET_BAD_TYPE TypeError Bad socket type specified. Valid types are: udp4, udp6
ERR_SOCKET_BUFFER_SIZE SystemError Could not get or set buffer size
ERR_SOCKET_CLOSED Error Socket is closed
ERR_SOCKET_CLOSED_BEFORE_CONNECTION Error Socket closed before the connection was established
ERR_SOCKET_CONNECTION_TIMEOUT Error Socket connection timeout
ERR_SOCKET_DGRAM_IS_CONNECTED Error Already connected
ERR_SOCKET_DGRAM_NOT_CONNECTED Error Not connected
ERR_SOCKET_DGRAM_NOT_RUNNING Error Not running
ERR_SRI_PARSE SyntaxError Subresource Integrity string %j had an unexpected %j at position %d
ERR_STREAM_ALREADY_FINISHED Error Cannot call %s after a stream was finished
ERR_STREAM_CANNOT_PIPE Error Cannot pipe, not readable
ERR_STREAM_DESTROYED Error Cannot call %s after a stream was destroyed
ERR_STREAM_NULL_VALUES TypeError May not write null values to stream
ERR_STREAM_PREMATURE_CLOSE Error Premature close
ERR_STREAM_PUSH_AFTER_EOF Error stream.push() after EOF
ERR_STREAM_UNSHIFT_AFTER_END_EVENT Error stream.unshift() after end event
ERR_STREAM_WRAP Error Stream has StringDecoder set or is in objectMode
ERR_STREAM_WRITE_AFTER_END Error write after end
ERR_STRING_TOO_LONG Error Cannot create a string longer than 0x1fffffe8 characters
ERR_SYNTHETIC Error JavaScript Callstack
ERR_SYSTEM_ERROR SystemError A system error occurred
ERR_TEST_FAILURE Error =
ERR_TLS_ALPN_CALLBACK_INVALID_RESULT TypeError =
ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS TypeError The ALPNCallback and ALPNProtocols TLS options are mutually exclusive
ERR_TLS_CERT_ALTNAME_FORMAT SyntaxError Invalid subject alternative name string
ERR_TLS_CERT_ALTNAME_INVALID Error =
ERR_TLS_DH_PARAM_SIZE Error DH parameter size %s is less than 2048
ERR_TLS_HANDSHAKE_TIMEOUT Error TLS handshake timeout
ERR_TLS_INVALID_CONTEXT TypeError %s must be a SecureContext
ERR_TLS_INVALID_PROTOCOL_VERSION TypeError %j is not a valid %s TLS protocol version
ERR_TLS_INVALID_STATE Error TLS socket connection must be securely established
ERR_TLS_PROTOCOL_VERSION_CONFLICT TypeError TLS protocol version %j conflicts with secureProtocol %j
ERR_TLS_RENEGOTIATION_DISABLED Error TLS session renegotiation disabled for this socket
ERR_TLS_REQUIRED_SERVER_NAME Error "servername" is required parameter for Server.addContext
ERR_TLS_SESSION_ATTACK Error TLS session renegotiation attack detected
ERR_TLS_SNI_FROM_SERVER Error Cannot issue SNI from a TLS server-side socket
ERR_TRACE_EVENTS_CATEGORY_REQUIRED TypeError At least one category is required
ERR_TRACE_EVENTS_UNAVAILABLE Error Trace events are unavailable
ERR_TTY_INIT_FAILED SystemError TTY initialization failed
ERR_UNAVAILABLE_DURING_EXIT Error Cannot call function in process exit handler
ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET Error \`process.setupUncaughtExceptionCapture()\` was called while a capture callback was already active
ERR_UNESCAPED_CHARACTERS TypeError %s contains unescaped characters
ERR_UNHANDLED_ERROR Error =
ERR_UNKNOWN_BUILTIN_MODULE Error No such built-in module: %s
ERR_UNKNOWN_CREDENTIAL Error %s identifier does not exist: %s
ERR_UNKNOWN_ENCODING TypeError Unknown encoding: %s
ERR_UNKNOWN_FILE_EXTENSION TypeError Unknown file extension "%s" for %s
ERR_UNKNOWN_MODULE_FORMAT RangeError Unknown module format: %s for URL %s
ERR_UNKNOWN_SIGNAL TypeError Unknown signal: %s
ERR_UNSUPPORTED_DIR_IMPORT Error =
ERR_UNSUPPORTED_ESM_URL_SCHEME Error =
ERR_UNSUPPORTED_RESOLVE_REQUEST TypeError Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.
ERR_USE_AFTER_CLOSE Error %s was closed
ERR_VALID_PERFORMANCE_ENTRY_TYPE Error At least one valid performance entry type is required
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING TypeError A dynamic import callback was not specified.
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG TypeError A dynamic import callback was invoked without --experimental-vm-modules
ERR_VM_MODULE_ALREADY_LINKED Error Module has already been linked
ERR_VM_MODULE_CACHED_DATA_REJECTED Error cachedData buffer was rejected
ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA Error Cached data cannot be created for a module which has been evaluated
ERR_VM_MODULE_DIFFERENT_CONTEXT Error Linked modules must use the same context
ERR_VM_MODULE_LINK_FAILURE Error =
ERR_VM_MODULE_NOT_MODULE Error Provided module is not an instance of Module
ERR_VM_MODULE_STATUS Error Module status %s
ERR_WASI_ALREADY_STARTED Error WASI instance has already started
ERR_WASI_NOT_STARTED Error wasi.start() has not been called
ERR_WEBASSEMBLY_RESPONSE TypeError WebAssembly response %s
ERR_WORKER_INIT_FAILED Error Worker initialization failure: %s
ERR_WORKER_INVALID_EXEC_ARGV Error =
ERR_WORKER_MESSAGING_ERRORED Error The destination thread threw an error while processing the message
ERR_WORKER_MESSAGING_FAILED Error Cannot find the destination thread or listener
ERR_WORKER_MESSAGING_SAME_THREAD Error Cannot sent a message to the same thread
ERR_WORKER_MESSAGING_TIMEOUT Error Sending a message to another thread timed out
ERR_WORKER_NOT_RUNNING Error Worker instance not running
ERR_WORKER_OUT_OF_MEMORY Error Worker terminated due to reaching memory limit: %s
ERR_WORKER_PATH TypeError =
ERR_WORKER_UNSERIALIZABLE_ERROR Error Serializing an uncaught exception failed
ERR_WORKER_UNSUPPORTED_OPERATION TypeError %s is not supported in workers
`;

// Defines `code` from its table line; false when the table has none.
function defineCode(code) {
  const at = kTable.indexOf(`\n${code} `);
  if (at === -1) return false;
  const line = kTable.slice(at + 1, kTable.indexOf('\n', at + 1));
  const first = line.indexOf(' ');
  const second = line.indexOf(' ', first + 1);
  const bases = line.slice(first + 1, second).split(',');
  const text = line.slice(second + 1);
  const others = [];
  for (let i = 1; i < bases.length; i++) others.push(kBases[bases[i]]);
  E(code, kBases[bases[0]], text === '=' ? messageFunction(code) : text, ...others);
  return true;
}

let allCodesDefined = false;

// Defines every code, leaving the keys in table order.
function defineAllCodes() {
  if (allCodesDefined) return;
  allCodesDefined = true;
  for (const line of kTable.split('\n')) {
    if (line === '') continue;
    const code = line.slice(0, line.indexOf(' '));
    const own = Object.getOwnPropertyDescriptor(codeTarget, code);
    if (own === undefined) {
      defineCode(code);
    } else {
      delete codeTarget[code];
      Object.defineProperty(codeTarget, code, own);
    }
  }
}

function ensureCode(key) {
  if (!allCodesDefined && typeof key === 'string' && key.startsWith('ERR_') &&
      !Object.prototype.hasOwnProperty.call(codeTarget, key)) {
    defineCode(key);
  }
}

const codes = new Proxy(codeTarget, {
  get(target, key, receiver) {
    ensureCode(key);
    return Reflect.get(target, key, receiver);
  },
  set(target, key, value, receiver) {
    ensureCode(key);
    return Reflect.set(target, key, value, receiver);
  },
  has(target, key) {
    ensureCode(key);
    return Reflect.has(target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    ensureCode(key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
  deleteProperty(target, key) {
    ensureCode(key);
    return Reflect.deleteProperty(target, key);
  },
  ownKeys(target) {
    defineAllCodes();
    return Reflect.ownKeys(target);
  },
});

// ---------------------------------------------------------------------------
// libuv errors (Linux numbering): the table is Rust's (internalBinding('uv'),
// shared with the errors the bindings build), read on the first system error.

let uvByErrno = null;
let uvByCode = null;
function uvTables() {
  if (uvByErrno === null) {
    uvByErrno = new Map();
    uvByCode = new Map();
    for (const [errno, code, description] of internalBinding('uv').getErrorMap()) {
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
