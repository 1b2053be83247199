'use strict';
// Shared predicates for node:stream: what kind of stream a value is and what
// state it is in, plus the byte helpers every stream uses (Buffer is loaded
// lazily so object-mode and string streams work without it).

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
// Functions the stream classes share with each other but not with users.
const kInternals = Symbol('kStreamInternals');

// ---------------------------------------------------------------------------
// Bytes

let BufferCtor;
let bufferMissing = false;
// Buffer from node:buffer, or null while that module is unavailable (or
// still loading, in a require cycle).
function getBuffer() {
  if (BufferCtor !== undefined) return BufferCtor;
  if (bufferMissing) return null;
  let B;
  try {
    B = require('buffer').Buffer;
  } catch {
    bufferMissing = true;
    return null;
  }
  if (typeof B !== 'function') return null;
  BufferCtor = B;
  return B;
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function isUint8Array(value) {
  return getTag.call(value) === 'Uint8Array';
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isBuffer(value) {
  const B = getBuffer();
  return B !== null && value instanceof B;
}

// A Buffer over the same memory as `view` (any ArrayBufferView).
function toBuffer(view) {
  const B = getBuffer();
  if (B === null) {
    return isUint8Array(view) ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  return B.from(view.buffer, view.byteOffset, view.byteLength);
}

let encoder;
function latin1Bytes(str) {
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 0xff;
  return out;
}

// Bytes of `str` in `encoding`, as Buffer.from(str, encoding).
function stringToBuffer(str, encoding) {
  const B = getBuffer();
  if (B !== null) return B.from(str, encoding);
  const enc = normalizeEncoding(encoding);
  if (enc === 'latin1' || enc === 'ascii') return latin1Bytes(str);
  if (enc === 'utf16le') {
    const out = new Uint8Array(str.length * 2);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      out[i * 2] = c & 0xff;
      out[i * 2 + 1] = c >> 8;
    }
    return out;
  }
  if (encoder === undefined) encoder = new TextEncoder();
  return encoder.encode(str);
}

function concatBytes(list, total) {
  const B = getBuffer();
  if (B !== null) return B.concat(list, total);
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < list.length && pos < total; i++) {
    const c = list[i];
    const n = Math.min(c.length, total - pos);
    out.set(n === c.length ? c : c.subarray(0, n), pos);
    pos += n;
  }
  return out;
}

function bytesToString(bytes, encoding) {
  if (typeof bytes.toString === 'function' && isBuffer(bytes)) return bytes.toString(encoding);
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (enc === 'latin1' || enc === 'ascii') {
    const parts = [];
    for (let i = 0; i < bytes.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)));
    }
    return parts.join('');
  }
  return new TextDecoder(enc === 'utf16le' ? 'utf-16le' : 'utf-8').decode(bytes);
}

const encodings = {
  __proto__: null,
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const known = encodings[enc];
  if (known !== undefined) return known;
  return encodings[enc.toLowerCase()];
}

function isEncoding(enc) {
  const B = getBuffer();
  if (B !== null && typeof B.isEncoding === 'function') return B.isEncoding(enc);
  return typeof enc === 'string' && enc !== '' && normalizeEncoding(enc) !== undefined;
}

// A StringDecoder, or a small stand-in (utf8/utf16le/latin1) until
// node:string_decoder exists.
function newStringDecoder(encoding) {
  let SD;
  try {
    SD = require('string_decoder').StringDecoder;
  } catch {
    SD = null;
  }
  if (SD) return new SD(encoding);
  return new FallbackDecoder(encoding);
}

class FallbackDecoder {
  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      // internal/errors loads when an error is built.
const { errors } = require('internal/lazy');
      throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
    }
    this.encoding = enc;
    this.td = enc === 'utf8' || enc === 'utf16le' ?
      new TextDecoder(enc === 'utf8' ? 'utf-8' : 'utf-16le') : null;
  }
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (this.td) return this.td.decode(buf, { stream: true });
    return bytesToString(buf, this.encoding);
  }
  end(buf) {
    let s = buf === undefined ? '' : this.write(buf);
    if (this.td) s += this.td.decode();
    return s;
  }
}

// ---------------------------------------------------------------------------
// Kinds of stream

function isReadableNodeStream(obj, strict = false) {
  return !!(obj &&
    typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj &&
    typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj &&
    typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (
    obj._readableState ||
    obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) &&
    typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' &&
    typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) &&
    typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) &&
    typeof obj.readable === 'object' && typeof obj.writable === 'object');
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function';
}

// ---------------------------------------------------------------------------
// States

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  const s = w || r;
  return !!(stream.destroyed || stream[kIsDestroyed] || (s && s.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (!r || r.errored) return false;
  if (!r || typeof r.ended !== 'boolean') return null;
  return r.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof (stream && stream.readable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof (stream && stream.writable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return w && w.errored != null ? w.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return r && r.errored != null ? r.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof (w && w.closed) === 'boolean' || typeof (r && r.closed) === 'boolean') {
    return !!((w && w.closed) || (r && r.closed));
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' &&
    typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' &&
    typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' &&
    typeof stream._dumped === 'boolean' &&
    (stream.req && stream.req.upgradeOrConnect) === undefined;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  const state = w || r;
  return (!state && isServerResponse(stream)) || !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] ?? (stream.readableDidRead || stream.readableAborted)));
}

function isErrored(stream) {
  return !!(stream && (
    stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
    (stream._readableState && stream._readableState.errorEmitted) ??
    (stream._writableState && stream._writableState.errorEmitted) ??
    (stream._readableState && stream._readableState.errored) ??
    (stream._writableState && stream._writableState.errored)));
}

function nop() {}

// A function that runs `fn` only the first time.
function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

module.exports = {
  kIsDestroyed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsDisturbed,
  kIsClosedPromise,
  kControllerErrorFunction,
  kInternals,
  getBuffer,
  isUint8Array,
  isArrayBufferView,
  isBuffer,
  toBuffer,
  stringToBuffer,
  concatBytes,
  bytesToString,
  normalizeEncoding,
  isEncoding,
  newStringDecoder,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isNodeStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
  isWebStream,
  isIterable,
  isDestroyed,
  isWritableEnded,
  isWritableFinished,
  isReadableEnded,
  isReadableFinished,
  isReadable,
  isWritable,
  isFinished,
  isWritableErrored,
  isReadableErrored,
  isClosed,
  isOutgoingMessage,
  isServerResponse,
  isServerRequest,
  willEmitClose,
  isDisturbed,
  isErrored,
  nop,
  once,
};
