'use strict';

// node:string_decoder for Coil: decodes a byte stream chunk by chunk without
// splitting multi-byte characters (utf8, utf16le, base64, base64url), as
// Node 20 does — including where it emits replacement characters or lone
// surrogates. ascii, latin1 and hex need no state.
//
// The state lives in a 7-byte Buffer, as in Node (console.log shows it):
// bytes 0-3 hold the incomplete character, 4 how many bytes it still misses,
// 5 how many are held, 6 the encoding.

const binding = internalBinding('buffer');
const { Buffer } = require('buffer');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');

const kNativeDecoder = Symbol('kNativeDecoder');

const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's encoding numbers, as stored in the state.
const kEncodings = {
  __proto__: null,
  ascii: 0,
  utf8: 1,
  base64: 2,
  utf16le: 3,
  latin1: 4,
  hex: 5,
  base64url: 7,
};

const kBindingIds = [
  binding.ASCII, binding.UTF8, binding.BASE64, binding.UCS2,
  binding.LATIN1, binding.HEX, undefined, binding.BASE64URL,
];

const kAliases = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const name = kAliases[enc];
  if (name !== undefined) return name;
  return kAliases[`${enc}`.toLowerCase()];
}

const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const BASE64URL = 7;

function decodeBytes(state, bytes, start, end) {
  if (end <= start) return '';
  return binding.toString(bytes, kBindingIds[state[kEncodingField]], start, end);
}

// The held bytes as a string (UTF-8 and UTF-16 may yield replacement
// characters or a lone surrogate).
function decodeHeld(state) {
  return binding.toString(state, kBindingIds[state[kEncodingField]], 0, state[kBufferedBytes]);
}

// How many bytes a UTF-8 sequence starting with `lead` has, or 0 when `lead`
// cannot start one.
function utf8SequenceLength(lead) {
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 0;
}

// How many bytes at the end of bytes[start, end) form a character that is not
// complete yet, and how many it lacks: [held, missing].
function incompleteTail(enc, bytes, start, end) {
  const length = end - start;
  if (enc === UTF8) {
    if ((bytes[end - 1] & 0x80) === 0) return [0, 0];
    // Walk back over continuation bytes to the lead byte (at most 4 bytes).
    let held = 0;
    for (let i = end - 1; i >= start; i--) {
      held++;
      const byte = bytes[i];
      if ((byte & 0xc0) === 0x80) {
        if (held >= 4 || i === start) return [0, 0];
        continue;
      }
      const need = utf8SequenceLength(byte);
      if (need === 0 || held >= need) return [0, 0];
      return [held, need - held];
    }
    return [0, 0];
  }
  if (enc === UCS2) {
    if (length % 2 === 1) return [1, 1];
    if ((bytes[end - 1] & 0xfc) === 0xd8) return [2, 2];
    return [0, 0];
  }
  // base64 and base64url: whole groups of three bytes.
  const rest = length % 3;
  return rest === 0 ? [0, 0] : [rest, 3 - rest];
}

function decode(state, view) {
  const enc = state[kEncodingField];
  const bytes = view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return decodeBytes(state, bytes, 0, bytes.length);
  }
  let start = 0;
  const end = bytes.length;
  let prefix = '';
  // First finish the character held from the previous chunk.
  if (state[kMissingBytes] > 0) {
    let take = Math.min(end, state[kMissingBytes]);
    if (enc === UTF8) {
      for (let i = 0; i < take; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          // Not a continuation byte: the held character ends here, broken.
          state[kMissingBytes] = i;
          take = i;
          break;
        }
      }
    }
    for (let i = 0; i < take; i++) state[state[kBufferedBytes] + i] = bytes[i];
    state[kBufferedBytes] += take;
    state[kMissingBytes] -= take;
    start = take;
    if (state[kMissingBytes] === 0) {
      prefix = decodeHeld(state);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prefix;
  const [held, missing] = incompleteTail(enc, bytes, start, end);
  let bodyEnd = end;
  if (held > 0) {
    bodyEnd = end - held;
    for (let i = 0; i < held; i++) state[i] = bytes[bodyEnd + i];
    state[kBufferedBytes] = held;
    state[kMissingBytes] = missing;
  }
  const body = decodeBytes(state, bytes, start, bodyEnd);
  return prefix === '' ? body : prefix + body;
}

// What end() adds for a character still held: its bytes, decoded (an
// incomplete UTF-8 sequence becomes replacement characters).
function flush(state) {
  const out = state[kBufferedBytes] > 0 ? decodeHeld(state) : '';
  state[kBufferedBytes] = 0;
  state[kMissingBytes] = 0;
  return out;
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = kEncodings[normalized];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new (errors().codes.ERR_INVALID_THIS)('StringDecoder');
  return decode(state, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let out = '';
  if (buf !== undefined) out = this.write(buf);
  const state = this[kNativeDecoder];
  if (!state) throw new (errors().codes.ERR_INVALID_THIS)('StringDecoder');
  if (state[kBufferedBytes] > 0) out += flush(state);
  else flush(state);
  return out;
};

// Decode `buf` from `offset`, forgetting any held character first.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
