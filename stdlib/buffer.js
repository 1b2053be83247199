'use strict';

// node:buffer for Coil: Buffer (a Uint8Array subclass) with the whole Node 20
// API, Blob, File, transcode, isUtf8/isAscii, atob/btoa and the constants.
//
// Encoding, decoding, byte length, search, compare, fill, copy and byte swaps
// run natively in internalBinding('buffer'); this file validates arguments
// with Node's ERR_* errors and does the integer and float reads and writes.

const binding = internalBinding('buffer');
const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE },
  getOwnNonIndexProperties,
} = internalBinding('util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = internalBinding('types');
// internal/errors and internal/validators load when an argument fails its
// check (the passing case is checked here), so requiring buffer compiles
// neither.
const { errors, validators, validateInteger, validateNumber } = require('internal/lazy');
// inspect is large and only needed to print buffers: loaded on first use.
const inspect = (...args) => require('internal/util/inspect').inspect(...args);
const { atob, btoa } = require('internal/base64');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const {
  UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX,
} = binding;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 0x1fffffe8;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Encodings

const kEncodingIds = {
  __proto__: null,
  'utf8': UTF8,
  'utf-8': UTF8,
  'ucs2': UCS2,
  'ucs-2': UCS2,
  'utf16le': UCS2,
  'utf-16le': UCS2,
  'latin1': LATIN1,
  'binary': LATIN1,
  'ascii': ASCII,
  'base64': BASE64,
  'base64url': BASE64URL,
  'hex': HEX,
};

// The encoding id for a name (any case), or undefined.
function encodingId(encoding) {
  const id = kEncodingIds[encoding];
  if (id !== undefined) return id;
  return kEncodingIds[`${encoding}`.toLowerCase()];
}

function base64ByteLength(str, bytes) {
  // Trailing padding does not count.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Node's byte length estimate for `string` in encoding `id` (exact except for
// invalid hex and base64 input).
function byteLengthOf(string, id) {
  switch (id) {
    case UTF8: return binding.byteLengthUtf8(string);
    case UCS2: return string.length * 2;
    case LATIN1:
    case ASCII: return string.length;
    case HEX: return string.length >>> 1;
    default: return base64ByteLength(string, string.length);
  }
}

// An error shaped like the ones Node's C++ layer throws: a plain Error class
// with a `code` property and a fixed message.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------
// FastBuffer, Buffer and the pool

class FastBuffer extends Uint8Array {
  // The implicit constructor would spread `arguments`; three parameters are
  // enough for Uint8Array and cheaper.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let bufferWarningEmitted = false;

// Node only warns about the Buffer() constructor for code outside node_modules.
function isInsideNodeModules() {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = 30;
    stack = new Error().stack;
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('(node:') || line.includes('at node:') || line.includes('(native)')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || isInsideNodeModules()) return;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

// The deprecated Buffer(arg, encodingOrOffset, length) constructor.
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  get() { return FastBuffer; },
  enumerable: false,
  configurable: true,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
binding.setFastBuffer(FastBuffer);

Buffer.poolSize = 8 * 1024;

// A zero-filled buffer. Boa zeroes a new ArrayBuffer byte by byte; the
// binding is faster for all but small sizes.
function createUnsafeBuffer(size) {
  return size < 1024 ? new FastBuffer(size) : binding.alloc(size);
}

// The pool for small buffers lives in the binding: slices of a shared
// Buffer.poolSize ArrayBuffer, 8-byte aligned, for anything under half a pool.
// Node's own start-up takes the first 8 bytes of the first pool; user code
// sees the same offsets.
binding.createPool(Buffer.poolSize, 8);

// A buffer of `size` bytes, sliced from the pool when small.
function allocate(size) {
  return binding.allocPooled(size, Buffer.poolSize);
}

function fromStringFast(string, id) {
  return binding.fromStringPooled(string, id, Buffer.poolSize);
}

function fromString(string, encoding) {
  let id;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    id = UTF8;
  } else {
    id = encodingId(encoding);
    if (id === undefined) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, id);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

// A copy of an array-like's elements, each converted as Uint8Array does.
function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = allocate(length);
  if (isUint8Array(obj)) binding.copy(obj, b, 0, 0, length);
  else Uint8Array.prototype.set.call(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    if (encodingOrOffset === undefined && value.length !== 0) {
      return binding.fromStringPooled(value, UTF8, Buffer.poolSize);
    }
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return _fill(createUnsafeBuffer(size), fill, 0, size, encoding);
  }
  return createUnsafeBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    encodingId(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) validators().validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length !== undefined) validateInteger(length, 'length', 0, kMaxLength);
  for (let i = 0; i < list.length; i++) {
    if (!isUint8Array(list[i])) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
  }
  // Sums the lengths when `length` is undefined; small results come from the pool.
  return binding.concat(list, length, Buffer.poolSize);
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  const id = encodingId(encoding);
  if (id === undefined) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  return byteLengthOf(string, id);
}
Buffer.byteLength = byteLength;
Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding;

// ---------------------------------------------------------------------------
// Bounds and range errors (Node's exact wording)

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new (errors().codes.ERR_OUT_OF_RANGE)(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)();
  throw new (errors().codes.ERR_OUT_OF_RANGE)(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `n` bytes from `offset` must exist.
function checkBounds(buf, offset, n) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
}

function valueRangeError(value, min, max, n) {
  const s = typeof min === 'bigint' ? 'n' : '';
  let range;
  if (n > 4) {
    const bits = n * 8;
    if (min === 0 || min === 0n) range = `>= 0${s} and < 2${s} ** ${bits}${s}`;
    else range = `>= -(2${s} ** ${bits - 1}${s}) and < 2${s} ** ${bits - 1}${s}`;
  } else {
    range = `>= ${min}${s} and <= ${max}${s}`;
  }
  return new (errors().codes.ERR_OUT_OF_RANGE)('value', range, value);
}

function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) throw valueRangeError(value, min, max, n);
  checkBounds(buf, offset, n);
}

// ---------------------------------------------------------------------------
// Integer reads

function readUIntLEn(buf, offset, n) {
  checkBounds(buf, offset, n);
  let value = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    value += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return value;
}

function readUIntBEn(buf, offset, n) {
  checkBounds(buf, offset, n);
  let value = 0;
  for (let i = 0; i < n; i++) value = value * 0x100 + buf[offset + i];
  return value;
}

function toSigned(value, n) {
  const half = 2 ** (n * 8 - 1);
  return value >= half ? value - half * 2 : value;
}

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val > 0x7f ? val - 0x100 : val;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 0x100;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}

function readInt16LE(offset = 0) {
  return toSigned(readUInt16LE.call(this, offset), 2);
}

function readInt16BE(offset = 0) {
  return toSigned(readUInt16BE.call(this, offset), 2);
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3 ||
      byteLength === 4 || byteLength === 2 || byteLength === 1) {
    return readUIntLEn(this, offset, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3 ||
      byteLength === 4 || byteLength === 2 || byteLength === 1) {
    return readUIntBEn(this, offset, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3 ||
      byteLength === 4 || byteLength === 2 || byteLength === 1) {
    return toSigned(readUIntLEn(this, offset, byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3 ||
      byteLength === 4 || byteLength === 2 || byteLength === 1) {
    return toSigned(readUIntBEn(this, offset, byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function check64(buf, offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) {
    boundsError(offset, buf.length - 8);
  }
}

function readBigUInt64LE(offset = 0) {
  check64(this, offset);
  const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    this[offset + 7] * 0x1000000;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  check64(this, offset);
  const hi = this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  check64(this, offset);
  const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    (this[offset + 7] << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  check64(this, offset);
  const hi = (this[offset] << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// ---------------------------------------------------------------------------
// Integer writes

// Little-endian bytes of `value`: the low 32 bits as ToUint32 sees them, the
// rest from floor(value / 2**32) (Node's treatment of fractions and negatives).
function putLE(buf, value, offset, n) {
  let lo = value >>> 0;
  const low = n < 4 ? n : 4;
  for (let i = 0; i < low; i++) {
    buf[offset + i] = lo & 0xff;
    lo >>>= 8;
  }
  if (n > 4) {
    let hi = Math.floor(value * 2 ** -32) >>> 0;
    for (let i = 4; i < n; i++) {
      buf[offset + i] = hi & 0xff;
      hi >>>= 8;
    }
  }
  return offset + n;
}

function putBE(buf, value, offset, n) {
  let lo = value >>> 0;
  const low = n < 4 ? n : 4;
  for (let i = 1; i <= low; i++) {
    buf[offset + n - i] = lo & 0xff;
    lo >>>= 8;
  }
  if (n > 4) {
    let hi = Math.floor(value * 2 ** -32) >>> 0;
    for (let i = 5; i <= n; i++) {
      buf[offset + n - i] = hi & 0xff;
      hi >>>= 8;
    }
  }
  return offset + n;
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeLEn(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n);
  return putLE(buf, value, offset, n);
}

function writeBEn(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n);
  return putBE(buf, value, offset, n);
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeUInt16LE(value, offset = 0) {
  return writeLEn(this, value, offset, 2, 0, 0xffff);
}

function writeUInt16BE(value, offset = 0) {
  return writeBEn(this, value, offset, 2, 0, 0xffff);
}

function writeInt16LE(value, offset = 0) {
  return writeLEn(this, value, offset, 2, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset = 0) {
  return writeBEn(this, value, offset, 2, -0x8000, 0x7fff);
}

function writeUInt32LE(value, offset = 0) {
  return writeLEn(this, value, offset, 4, 0, 0xffffffff);
}

function writeUInt32BE(value, offset = 0) {
  return writeBEn(this, value, offset, 4, 0, 0xffffffff);
}

function writeInt32LE(value, offset = 0) {
  return writeLEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return writeBEn(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function isValidByteLength(n) {
  return n === 6 || n === 5 || n === 3 || n === 4 || n === 2 || n === 1;
}

function writeUIntLE(value, offset, byteLength) {
  if (!isValidByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  return writeLEn(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeUIntBE(value, offset, byteLength) {
  if (!isValidByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  return writeBEn(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeIntLE(value, offset, byteLength) {
  if (!isValidByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  const half = 2 ** (8 * byteLength - 1);
  return writeLEn(this, value, offset, byteLength, -half, half - 1);
}

function writeIntBE(value, offset, byteLength) {
  if (!isValidByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  const half = 2 ** (8 * byteLength - 1);
  return writeBEn(this, value, offset, byteLength, -half, half - 1);
}

function writeBig64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (littleEndian) {
    putLE(buf, lo, offset, 4);
    putLE(buf, hi, offset + 4, 4);
  } else {
    putBE(buf, hi, offset, 4);
    putBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

// ---------------------------------------------------------------------------
// Float reads and writes, through scratch typed arrays.

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function readFloat(buf, offset, scratch, n, reverse) {
  checkBounds(buf, offset, n);
  if (reverse) {
    for (let i = 0; i < n; i++) scratch[n - 1 - i] = buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) scratch[i] = buf[offset + i];
  }
}

function writeFloat(buf, offset, scratch, n, reverse) {
  checkBounds(buf, offset, n);
  if (reverse) {
    for (let i = 0; i < n; i++) buf[offset + i] = scratch[n - 1 - i];
  } else {
    for (let i = 0; i < n; i++) buf[offset + i] = scratch[i];
  }
  return offset + n;
}

// "Forwards" is host byte order, as Node names them.
function readFloatForwards(offset = 0) {
  readFloat(this, offset, uInt8Float32Array, 4, false);
  return float32Array[0];
}

function readFloatBackwards(offset = 0) {
  readFloat(this, offset, uInt8Float32Array, 4, true);
  return float32Array[0];
}

function readDoubleForwards(offset = 0) {
  readFloat(this, offset, uInt8Float64Array, 8, false);
  return float64Array[0];
}

function readDoubleBackwards(offset = 0) {
  readFloat(this, offset, uInt8Float64Array, 8, true);
  return float64Array[0];
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  float32Array[0] = val;
  return writeFloat(this, offset, uInt8Float32Array, 4, false);
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  float32Array[0] = val;
  return writeFloat(this, offset, uInt8Float32Array, 4, true);
}

function writeDoubleForwards(val, offset = 0) {
  val = +val;
  float64Array[0] = val;
  return writeFloat(this, offset, uInt8Float64Array, 8, false);
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  float64Array[0] = val;
  return writeFloat(this, offset, uInt8Float64Array, 8, true);
}

// ---------------------------------------------------------------------------
// The per-encoding slice/write methods (Node's native-style argument checks).

function indexArg(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function makeSlice(id) {
  return function(start, end) {
    if (!isUint8Array(this)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    }
    const len = this.length;
    start = indexArg(start, 0);
    end = indexArg(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return slice(this, id, start, end);
  };
}

function makeWrite(id) {
  return function(string, offset, length) {
    if (!isUint8Array(this)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    }
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = this.length;
    offset = indexArg(offset, 0);
    if (offset > len) throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)('offset');
    let max = len - offset;
    length = indexArg(length, max);
    if (length < max) max = length;
    return binding.write(this, string, offset, max, id);
  };
}

function slice(buf, id, start, end) {
  const text = binding.toString(buf, id, start, end);
  if (text === undefined) throw new (errors().codes.ERR_STRING_TOO_LONG)();
  return text;
}

const asciiSlice = makeSlice(ASCII);
const base64Slice = makeSlice(BASE64);
const base64urlSlice = makeSlice(BASE64URL);
const latin1Slice = makeSlice(LATIN1);
const hexSlice = makeSlice(HEX);
const ucs2Slice = makeSlice(UCS2);
const utf8Slice = makeSlice(UTF8);
const asciiWrite = makeWrite(ASCII);
const base64Write = makeWrite(BASE64);
const base64urlWrite = makeWrite(BASE64URL);
const latin1Write = makeWrite(LATIN1);
const hexWrite = makeWrite(HEX);
const ucs2Write = makeWrite(UCS2);
const utf8Write = makeWrite(UTF8);

// ---------------------------------------------------------------------------
// Prototype methods

const proto = Buffer.prototype;

function defineMethods(methods) {
  for (const [name, fn] of methods) {
    Object.defineProperty(fn, 'name', { __proto__: null, value: fn.name || name });
    proto[name] = fn;
  }
}

function named(name, fn) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

defineMethods([
  ['readBigUInt64LE', readBigUInt64LE],
  ['readBigUInt64BE', readBigUInt64BE],
  ['readBigUint64LE', readBigUInt64LE],
  ['readBigUint64BE', readBigUInt64BE],
  ['readBigInt64LE', readBigInt64LE],
  ['readBigInt64BE', readBigInt64BE],
  ['writeBigUInt64LE', writeBigUInt64LE],
  ['writeBigUInt64BE', writeBigUInt64BE],
  ['writeBigUint64LE', writeBigUInt64LE],
  ['writeBigUint64BE', writeBigUInt64BE],
  ['writeBigInt64LE', writeBigInt64LE],
  ['writeBigInt64BE', writeBigInt64BE],
  ['readUIntLE', readUIntLE],
  ['readUInt32LE', readUInt32LE],
  ['readUInt16LE', readUInt16LE],
  ['readUInt8', readUInt8],
  ['readUIntBE', readUIntBE],
  ['readUInt32BE', readUInt32BE],
  ['readUInt16BE', readUInt16BE],
  ['readUintLE', readUIntLE],
  ['readUint32LE', readUInt32LE],
  ['readUint16LE', readUInt16LE],
  ['readUint8', readUInt8],
  ['readUintBE', readUIntBE],
  ['readUint32BE', readUInt32BE],
  ['readUint16BE', readUInt16BE],
  ['readIntLE', readIntLE],
  ['readInt32LE', readInt32LE],
  ['readInt16LE', readInt16LE],
  ['readInt8', readInt8],
  ['readIntBE', readIntBE],
  ['readInt32BE', readInt32BE],
  ['readInt16BE', readInt16BE],
  ['writeUIntLE', writeUIntLE],
  ['writeUInt32LE', writeUInt32LE],
  ['writeUInt16LE', writeUInt16LE],
  ['writeUInt8', writeUInt8],
  ['writeUIntBE', writeUIntBE],
  ['writeUInt32BE', writeUInt32BE],
  ['writeUInt16BE', writeUInt16BE],
  ['writeUintLE', writeUIntLE],
  ['writeUint32LE', writeUInt32LE],
  ['writeUint16LE', writeUInt16LE],
  ['writeUint8', writeUInt8],
  ['writeUintBE', writeUIntBE],
  ['writeUint32BE', writeUInt32BE],
  ['writeUint16BE', writeUInt16BE],
  ['writeIntLE', writeIntLE],
  ['writeInt32LE', writeInt32LE],
  ['writeInt16LE', writeInt16LE],
  ['writeInt8', writeInt8],
  ['writeIntBE', writeIntBE],
  ['writeInt32BE', writeInt32BE],
  ['writeInt16BE', writeInt16BE],
  ['readFloatLE', bigEndianHost ? readFloatBackwards : readFloatForwards],
  ['readFloatBE', bigEndianHost ? readFloatForwards : readFloatBackwards],
  ['readDoubleLE', bigEndianHost ? readDoubleBackwards : readDoubleForwards],
  ['readDoubleBE', bigEndianHost ? readDoubleForwards : readDoubleBackwards],
  ['writeFloatLE', bigEndianHost ? writeFloatBackwards : writeFloatForwards],
  ['writeFloatBE', bigEndianHost ? writeFloatForwards : writeFloatBackwards],
  ['writeDoubleLE', bigEndianHost ? writeDoubleBackwards : writeDoubleForwards],
  ['writeDoubleBE', bigEndianHost ? writeDoubleForwards : writeDoubleBackwards],
  ['asciiSlice', named('asciiSlice', asciiSlice)],
  ['base64Slice', named('base64Slice', base64Slice)],
  ['base64urlSlice', named('base64urlSlice', base64urlSlice)],
  ['latin1Slice', named('latin1Slice', latin1Slice)],
  ['hexSlice', named('hexSlice', hexSlice)],
  ['ucs2Slice', named('ucs2Slice', ucs2Slice)],
  ['utf8Slice', named('utf8Slice', utf8Slice)],
  ['asciiWrite', named('asciiWrite', asciiWrite)],
  ['base64Write', named('base64Write', base64Write)],
  ['base64urlWrite', named('base64urlWrite', base64urlWrite)],
  ['latin1Write', named('latin1Write', latin1Write)],
  ['hexWrite', named('hexWrite', hexWrite)],
  ['ucs2Write', named('ucs2Write', ucs2Write)],
  ['utf8Write', named('utf8Write', utf8Write)],
]);

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});

Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Node's integer coercion for copy(): finite numbers (floored), else `def`.
function toInteger(n, def) {
  n = +n;
  if (Number.isFinite(n)) return n % 1 === 0 ? n : Math.floor(n);
  return def;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return binding.copy(source, target, targetStart, sourceStart, sourceEnd - sourceStart);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  // The whole buffer in a known encoding: straight to the binding.
  if (start === undefined && end === undefined) {
    const id = encoding === undefined ? UTF8 :
      typeof encoding === 'string' ? kEncodingIds[encoding] : undefined;
    if (id !== undefined) {
      const text = binding.toString(this, id);
      if (text === undefined) throw new (errors().codes.ERR_STRING_TOO_LONG)();
      return text;
    }
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return slice(this, UTF8, start, end);
  const id = encodingId(encoding);
  if (id === undefined) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  return slice(this, id, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

// `<Buffer 68 65 ...>`, with own non-index properties after the bytes.
function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  const hex = binding.toString(this, HEX, 0, actualMax);
  const pairs = new Array(actualMax);
  for (let i = 0; i < actualMax; i++) pairs[i] = hex.slice(i * 2, i * 2 + 2);
  let str = pairs.join(' ');
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
    const keys = getOwnNonIndexProperties(this, filter);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      const shown = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop "[Object: null prototype] {" and " }".
      const open = shown.indexOf('{');
      const body = shown.slice(open + 2, -2);
      str += this.length !== 0 ? `, ${body}` : body;
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

proto.inspect = named('inspect', inspectBuffer);

function compareImpl(source, target, targetStart, targetEnd, sourceStart, sourceEnd, nargs) {
  if (!isUint8Array(target)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  }
  if (nargs === 1) return binding.compare(source, target);
  if (targetStart === undefined) targetStart = 0;
  else validateInteger(targetStart, 'targetStart', 0, kMaxLength);
  if (targetEnd === undefined) targetEnd = target.length;
  else validateInteger(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateInteger(sourceStart, 'sourceStart', 0, kMaxLength);
  if (sourceEnd === undefined) sourceEnd = source.length;
  else validateInteger(sourceEnd, 'sourceEnd', 0, source.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(source, target, sourceStart, sourceEnd, targetStart, targetEnd);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  return compareImpl(this, target, targetStart, targetEnd, sourceStart, sourceEnd,
                     arguments.length);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) validators().validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  const isString = typeof val === 'string';
  if (!isString && !isUint8Array(val)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  let id = UTF8;
  if (encoding !== undefined) {
    id = encodingId(encoding);
    if (id === undefined) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  }
  if (isString) return binding.indexOfString(buffer, val, byteOffset, id, dir);
  return binding.indexOfBuffer(buffer, val, byteOffset, id, dir);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  let id;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    id = encoding === undefined ? UTF8 : encodingId(encoding);
    if (id === undefined) {
      validators().validateString(encoding, 'encoding');
      throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (value.length === 0) value = 0;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateInteger(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.length) throw new (errors().codes.ERR_BUFFER_OUT_OF_BOUNDS)();
    binding.fill(buf, value, offset, end);
  } else if (binding.fill(buf, value, offset, end, id) === -1) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('value', value);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return utf8Write.call(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding) return utf8Write.call(this, string, offset, length);
  const id = encodingId(encoding);
  if (id === undefined) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  return binding.write(this, string, offset, length, id);
};

proto.toJSON = function toJSON() {
  const len = this.length;
  const data = new Array(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

proto.subarray = function subarray(start, end) {
  return binding.subarray(this, start, end);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new (errors().codes.ERR_INVALID_BUFFER_SIZE)('16-bits');
  binding.swap(this, 2);
  return this;
};

proto.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new (errors().codes.ERR_INVALID_BUFFER_SIZE)('32-bits');
  binding.swap(this, 4);
  return this;
};

proto.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new (errors().codes.ERR_INVALID_BUFFER_SIZE)('64-bits');
  binding.swap(this, 8);
  return this;
};

proto.toLocaleString = proto.toString;
proto[customInspectSymbol] = proto.inspect;

// ---------------------------------------------------------------------------
// isUtf8, isAscii, transcode

function checkValidatable(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const buffer = isAnyArrayBuffer(input) ? input : input.buffer;
  if (buffer.detached === true) {
    throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
}

function isUtf8(input) {
  checkValidatable(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  checkValidatable(input);
  return binding.isAscii(input);
}

function icuError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

const kTranscodable = new Set([UTF8, UCS2, LATIN1, ASCII]);
const kNonAscii = /[^\x00-\x7f]/gu;
const kNonLatin1 = /[^\x00-\xff]/gu;
const kHighBytes = /[\x80-\xff]/g;

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = encodingId(fromEncoding);
  const to = encodingId(toEncoding);
  if (!kTranscodable.has(from) || !kTranscodable.has(to)) {
    throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  let text;
  switch (from) {
    case UTF8:
      if (to === UCS2 && !binding.isUtf8(source)) throw icuError('U_INVALID_CHAR_FOUND', 10);
      text = binding.toString(source, UTF8, 0, source.length);
      break;
    case LATIN1:
      text = binding.toString(source, LATIN1, 0, source.length);
      break;
    case ASCII:
      text = binding.toString(source, LATIN1, 0, source.length);
      if (to !== UCS2) text = text.replace(kHighBytes, '\ufffd');
      break;
    default:
      text = binding.toString(source, UCS2, 0, source.length);
      if (to === UTF8 && (text.length === 0 || !text.isWellFormed())) {
        throw icuError('U_INVALID_CHAR_FOUND', 10);
      }
      // UTF-16 to UTF-16 keeps a cut-off last unit as a replacement character
      // (one for it and a high surrogate it would have completed).
      if (to === UCS2 && source.length % 2 === 1) {
        const last = text.charCodeAt(text.length - 1);
        if (!(last >= 0xd800 && last <= 0xdbff)) text += '\ufffd';
      }
      text = text.toWellFormed();
  }
  if (to === ASCII) text = text.replace(kNonAscii, '?');
  else if (to === LATIN1) text = text.replace(kNonLatin1, '?');
  return binding.fromString(text, to);
}

// ---------------------------------------------------------------------------
// Blob and File

const kEmptyObject = Object.freeze({ __proto__: null });

let lazyWebStreams;
function webStreams() {
  if (lazyWebStreams === undefined) {
    const ids = internalBinding('contextify').builtinIds();
    lazyWebStreams = ids.includes('internal/webstreams') ? require('internal/webstreams') : null;
  }
  return lazyWebStreams;
}

function sourceBytes(source, endings) {
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (isArrayBufferView(source)) {
    const bytes = new Uint8Array(source.byteLength);
    bytes.set(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
    return bytes;
  }
  if (isBlob(source)) return blobBytes(source);
  let text = `${source}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return binding.fromString(text, UTF8);
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function noop() {}

function relativeIndex(value, size) {
  value = Math.trunc(+value) || 0;
  if (value < 0) return Math.max(size + value, 0);
  return Math.min(value, size);
}

// Brand checks and raw access, defined inside the class body (private names
// are lexical) and kept off the public class.
let isBlob;
let blobBytes;
let blobSegments;
let blobFromBytes;

// The segments of `segments` (byte lengths, laid end to end) that a read of
// bytes [start, end) walks through: segments wholly before `start` stay, with
// length 0; the walk stops at the segment that reaches `end`.
function sliceSegments(segments, start, end) {
  const out = [];
  if (end <= start) return out;
  let pos = 0;
  for (const length of segments) {
    const segStart = pos;
    const segEnd = pos + length;
    pos = segEnd;
    if (segEnd <= start) {
      out.push(0);
    } else {
      out.push(Math.min(segEnd, end) - Math.max(segStart, start));
    }
    if (segEnd >= end) break;
  }
  return out;
}

class Blob {
  #bytes;
  #type;
  // The parts the data came from, as byte lengths. Node reads a blob part by
  // part (two microtask turns each, one stream chunk each), and code can
  // observe both.
  #segments;

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #bytes in value;
    blobBytes = (blob) => blob.#bytes;
    blobSegments = (blob) => blob.#segments;
    blobFromBytes = (bytes, type, segments) => {
      const blob = new Blob();
      blob.#bytes = bytes;
      blob.#type = type;
      blob.#segments = segments;
      return blob;
    };
  }

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('sources', 'a sequence', sources);
    }
    validators().validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.endings', endings);
    }
    const parts = [];
    const segments = [];
    let length = 0;
    for (const source of sources) {
      const bytes = sourceBytes(source, endings);
      parts.push(bytes);
      length += bytes.length;
      if (isBlob(source)) {
        for (const segment of blobSegments(source)) segments.push(segment);
      } else {
        segments.push(bytes.length);
      }
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const part of parts) {
      all.set(part, pos);
      pos += part.length;
    }
    this.#bytes = all;
    this.#type = normalizeType(type);
    this.#segments = segments;
  }

  get type() {
    if (!isBlob(this)) throw new (errors().codes.ERR_INVALID_THIS)('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new (errors().codes.ERR_INVALID_THIS)('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new (errors().codes.ERR_INVALID_THIS)('Blob');
    const size = this.#bytes.length;
    const from = relativeIndex(start, size);
    const to = Math.max(relativeIndex(end, size), from);
    return blobFromBytes(this.#bytes.subarray(from, to), normalizeType(contentType),
                         sliceSegments(this.#segments, from, to));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new (errors().codes.ERR_INVALID_THIS)('Blob'));
    const bytes = this.#bytes;
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const turns = this.#segments.length * 2;
    if (turns === 0) return Promise.resolve(copy);
    let turn = Promise.resolve();
    for (let i = 2; i < turns; i++) turn = turn.then(noop);
    return turn.then(() => copy);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new (errors().codes.ERR_INVALID_THIS)('Blob'));
    return this.arrayBuffer().then((ab) => {
      const bytes = new Uint8Array(ab);
      let start = 0;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      return binding.toString(bytes, UTF8, start, bytes.length);
    });
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new (errors().codes.ERR_INVALID_THIS)('Blob'));
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  stream() {
    if (!isBlob(this)) throw new (errors().codes.ERR_INVALID_THIS)('Blob');
    const streams = webStreams();
    if (!streams) throw new (errors().codes.ERR_NOT_IMPLEMENTED)('Blob.prototype.stream');
    // One chunk per non-empty part, each a copy.
    const chunks = [];
    let pos = 0;
    for (const length of this.#segments) {
      if (length > 0) chunks.push(this.#bytes.slice(pos, pos + length));
      pos += length;
    }
    let next = 0;
    return new streams.ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (next >= chunks.length) {
          controller.close();
          const request = controller.byobRequest;
          if (request) request.respond(0);
          return;
        }
        controller.enqueue(chunks[next++]);
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

function enumerable(Class, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, name, desc);
  }
}

enumerable(Blob, ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']);
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true,
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  // Node reads these fields straight off the object: anything but a File
  // throws the engine's TypeError.
  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

enumerable(File, ['name', 'lastModified']);
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true,
});

// Blob URLs need a registry that URL.createObjectURL fills; none exists yet.
function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

// ---------------------------------------------------------------------------
// Exports

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Node defines these lazily: accessors that a write replaces with data.
for (const [name, value] of [['Blob', Blob], ['resolveObjectURL', resolveObjectURL], ['File', File]]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return value; },
    set(newValue) {
      Object.defineProperty(this, name, {
        __proto__: null, value: newValue, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}
