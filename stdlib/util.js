'use strict';
// node:util

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
  isError,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_MIME_SYNTAX,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUnion,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });

// ---------------------------------------------------------------------------
// inherits

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---------------------------------------------------------------------------
// deprecate

// Deprecation codes that already produced their warning.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    // Checked per call: process.noDeprecation may change at run time, and a
    // silenced call does not count as the warned one.
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep statics reachable and `instanceof` working for wrapped classes.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// Functions whose callback receives several values carry their names under
// this symbol (shared with internal/util when that module provides it).
let kCustomPromisifyArgsSymbol;
function customPromisifyArgs() {
  if (kCustomPromisifyArgsSymbol === undefined) {
    try {
      kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;
    } catch {
      // internal/util is not available.
    }
    if (typeof kCustomPromisifyArgsSymbol !== 'symbol') {
      kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
    }
  }
  return kCustomPromisifyArgsSymbol;
}

function copyOwnProperties(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const key of Reflect.ownKeys(descriptors)) {
    // Null prototypes: do not pick up a tampered Object.prototype.get/set.
    Object.setPrototypeOf(descriptors[key], null);
  }
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[customPromisifyArgs()];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error": wrap it.
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    if (!Object.prototype.hasOwnProperty.call(err, 'reason')) err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // `length` and `name` may have been redefined; only adjust plain values.
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvTest; // (SECTION) -> boolean, from NODE_DEBUG
const debugImpls = Object.create(null);

function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      // Comma separated names, '*' wildcards, case-insensitive.
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (s) => re.test(s);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream && stream.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          `${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens ` +
          'and authentication headers) in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, coloredPid, msg));
      };
    } else {
      debugImpls[section] = function debug() {};
    }
  }
  return debugImpls[section];
}

function debuglog(section, cb) {
  let enabled;
  function init() {
    section = section.toUpperCase();
    enabled = testDebugEnabled(section);
  }
  // Resolved on first use, so that NODE_DEBUG is consulted lazily.
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Small helpers

const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toUSVString(input) {
  const str = `${input}`;
  if (typeof String.prototype.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(loneSurrogates, '\ufffd');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return `${n}`.padStart(2, '0');
}

// e.g. `26 Feb 16:19:34`
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Legacy type checks (deprecated in the docs, still present in Node 20).
function isBoolean(arg) { return typeof arg === 'boolean'; }
function isBuffer(arg) { return require('buffer').Buffer.isBuffer(arg); }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---------------------------------------------------------------------------
// styleText

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on === 'function' &&
      (typeof stream.write === 'function' || typeof stream.pipe === 'function')) {
    return true;
  }
  const { ReadableStream, WritableStream } = globalThis;
  return (typeof ReadableStream === 'function' && stream instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && stream instanceof WritableStream);
}

// Whether text written to `stream` should carry colour codes.
function streamHasColors(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('tty').WriteStream.prototype.getColorDepth() > 2;
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  const colors = inspect.colors;
  if (Array.isArray(format)) {
    // A list of formats is always applied.
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = colors[key];
      if (codes == null) validateOneOf(key, 'format', Object.keys(colors));
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = colors[format];
  if (codes == null) validateOneOf(format, 'format', Object.keys(colors));
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!streamHasColors(stream)) return text;
  }
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// ---------------------------------------------------------------------------
// AbortSignal helpers

function isAbortSignal(value) {
  const { AbortSignal } = require('internal/abort_controller');
  return value instanceof AbortSignal;
}

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  // Node 20 hands back a transferable signal in the state `signal` has now
  // (it does not follow later aborts).
  const { AbortController, AbortSignal } = require('internal/abort_controller');
  if (signal.aborted) return AbortSignal.abort(signal.reason);
  return new AbortController().signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

// ---------------------------------------------------------------------------
// parseEnv: the dotenv format, as Node 20 reads .env files.

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str.charCodeAt(start) === 32) start++;
  while (end > start && str.charCodeAt(end - 1) === 32) end--;
  return str.slice(start, end);
}

function isAllSpaces(str) {
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) !== 32) return false;
  }
  return true;
}

function parseEnv(content) {
  validateString(content, 'content');
  const store = new Map();
  const buf = trimSpaces(content.replaceAll('\r', ''));
  let pos = 0;
  const len = buf.length;
  while (pos < len) {
    // Empty lines and comments.
    if (buf[pos] === '\n' || buf[pos] === '#') {
      const newline = buf.indexOf('\n', pos);
      if (newline !== -1) {
        pos = newline + 1;
        continue;
      }
    }
    const equal = buf.indexOf('=', pos);
    if (equal === -1) break;
    const rawKey = buf.slice(pos, equal);
    let key;
    if (rawKey.length > 0 && isAllSpaces(rawKey)) {
      // Node 20 keeps the character before such a key (a quirk of how it
      // trims it): in practice the newline that ended the previous line.
      key = pos > 0 ? buf[pos - 1] : '';
    } else {
      key = trimSpaces(rawKey);
    }
    pos = equal + 1;
    while (pos < len && buf.charCodeAt(pos) === 32) pos++;
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = key.slice(7);

    if (pos >= len) {
      store.set(key, '');
      break;
    }

    const quote = buf[pos];
    if (quote === '"') {
      const closing = buf.indexOf('"', pos + 1);
      if (closing !== -1) {
        // Double quotes expand `\n`.
        store.set(key, buf.slice(pos + 1, closing).replaceAll('\\n', '\n'));
        const newline = buf.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline + 1 : len;
        continue;
      }
    }
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = buf.indexOf(quote, pos + 1);
      if (closing === -1) {
        // Unterminated: the rest of the line, quote included. Without a
        // newline nothing is stored and parsing goes on from the quote.
        const newline = buf.indexOf('\n', pos);
        if (newline !== -1) {
          store.set(key, buf.slice(pos, newline));
          pos = newline;
        }
      } else {
        store.set(key, buf.slice(pos + 1, closing));
        const newline = buf.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline : len;
      }
      continue;
    }

    // Unquoted: up to the end of the line or a `#`.
    const newline = buf.indexOf('\n', pos);
    let value;
    if (newline !== -1) {
      value = buf.slice(pos, newline);
      pos = newline;
    } else {
      value = buf.slice(pos);
      pos = len;
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
  }
  // Keys come out sorted, as Node keeps them in an ordered map.
  const result = {};
  for (const key of [...store.keys()].sort()) result[key] = store.get(key);
  return result;
}

// ---------------------------------------------------------------------------
// parseArgs

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const getOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionGetOwn = (options, name, key) =>
  (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

function parseArgsMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGetOwn(options, longForShort(arg[1], options), 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGetOwn(options, longForShort(arg[1], options), 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const positional of remaining) {
        tokens.push({ kind: 'positional', index: ++index, value: positional });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc is -a -b -c; a string option takes the rest: -abfFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        const name = longForShort(short, options);
        if (optionGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const name = longForShort(arg[1], options);
      tokens.push({
        kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equal = arg.indexOf('=');
      const name = arg.slice(2, equal);
      tokens.push({
        kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equal + 1), inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // `--no-foo` negates a boolean `foo` with allowNegative.
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) ||
          optionGetOwn(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `${token.rawName}=-XYZ` :
      `--${token.name}=-XYZ' or '${token.rawName}-XYZ`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use '${example}'.`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  if (name === '__proto__') return;
  const newValue = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(newValue);
    else values[name] = [newValue];
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = kEmptyObject) {
  const args = getOwn(config, 'args') ?? parseArgsMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');

  for (const [name, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${name}`);
    const type = getOwn(optionConfig, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = getOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (type === 'string') validator = multiple ? validateStringArray : validateString;
      else validator = multiple ? validateBooleanArray : validateBoolean;
      validator(defaultValue, `options.${name}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined) {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (WHATWG MIME type parsing and serialisation)

const kTokenChars = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kNotTokenChar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kHttpWhitespace = /[\t\n\r ]/;

function trimTrailingHttpWhitespace(str) {
  let end = str.length;
  while (end > 0 && kHttpWhitespace.test(str[end - 1])) end--;
  return str.slice(0, end);
}

function invalidIndex(str, re) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

function validateMimeToken(value, production) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, value, -1);
  const at = invalidIndex(value, kNotTokenChar);
  if (at !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, at);
}

function serializeParamValue(value) {
  if (value.length > 0 && kTokenChars.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Parameters after `type/subtype`, starting at `position` (a `;`).
function parseMimeParams(str, position, params) {
  const len = str.length;
  while (position < len) {
    position++; // The `;`.
    while (position < len && kHttpWhitespace.test(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position >= len) break;
    if (str[position] === ';') continue;
    position++; // The `=`.
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      // A quoted string: backslash escapes, up to the closing quote.
      const chunks = [];
      position++;
      for (;;) {
        let end = position;
        while (end < len && str[end] !== '"' && str[end] !== '\\') end++;
        chunks.push(str.slice(position, end));
        position = end;
        if (position >= len) break;
        const c = str[position];
        position++;
        if (c === '\\') {
          if (position >= len) {
            chunks.push('\\');
            break;
          }
          chunks.push(str[position]);
          position++;
        } else {
          break;
        }
      }
      value = chunks.join('');
      while (position < len && str[position] !== ';') position++;
    } else {
      let end = position;
      while (end < len && str[end] !== ';') end++;
      value = trimTrailingHttpWhitespace(str.slice(position, end));
      position = end;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && kTokenChars.test(name) && !kNotQuotedStringChar.test(value) &&
        !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = name.length === 0 ? -1 : invalidIndex(name, kNotTokenChar);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = invalidIndex(value, kNotQuotedStringChar);
    if (badValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    const out = [];
    for (const [name, value] of this.#data) out.push(`${name}=${serializeParamValue(value)}`);
    return out.join(';');
  }

  toJSON() {
    return this.toString();
  }

  static parseInto(params, str, position) {
    parseMimeParams(str, position, params.#data);
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  value: MIMEParams.prototype.entries,
  writable: true,
  configurable: true,
});
const parseMimeParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    // Leading whitespace is skipped; trailing whitespace ends the subtype.
    let begin = 0;
    while (begin < string.length && kHttpWhitespace.test(string[begin])) begin++;
    const str = string.slice(begin);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    if (type.length === 0 || slash === -1) {
      const at = invalidIndex(type, kNotTokenChar);
      throw new ERR_INVALID_MIME_SYNTAX('type', string, type.length === 0 ? -1 : at);
    }
    const typeInvalid = invalidIndex(type, kNotTokenChar);
    if (typeInvalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, typeInvalid);
    let semicolon = str.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = str.length;
    const subtype = trimTrailingHttpWhitespace(str.slice(slash + 1, semicolon));
    if (subtype.length === 0) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, -1);
    const subtypeInvalid = invalidIndex(subtype, kNotTokenChar);
    if (subtypeInvalid !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, subtypeInvalid);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    parseMimeParamsInto(this.#params, str, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateMimeToken(value, 'type');
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateMimeToken(value, 'subtype');
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }

  toJSON() {
    return this.toString();
  }
}

// ---------------------------------------------------------------------------
// System errors

function getSystemErrorName(err) {
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMap() {
  return require('internal/errors').getSystemErrorMap();
}

function _errnoException(...args) {
  return require('internal/errors').errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return require('internal/errors').exceptionWithHostPort(...args);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function lazyEncoding() {
  return require('internal/encoding');
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
};

// Loaded on first use.
for (const [name, get] of [
  ['TextDecoder', () => lazyEncoding().TextDecoder],
  ['TextEncoder', () => lazyEncoding().TextEncoder],
  ['MIMEType', () => MIMEType],
  ['MIMEParams', () => MIMEParams],
]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    get,
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null,
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
