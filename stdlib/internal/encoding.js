'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) over the encoding binding:
// utf-8, utf-16le and latin1 (windows-1252 labels), with `fatal`, `ignoreBOM`
// and streaming decode.

const binding = internalBinding('encoding_binding');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_THIS },
} = require('internal/errors');

const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
    'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels.set(label, name);
}

function isBufferSource(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

const kEncoder = Symbol('encoder');

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (this?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    src = `${src}`;
    let read = 0;
    let written = 0;
    for (let i = 0; i < src.length;) {
      const cp = src.codePointAt(i);
      const units = cp > 0xffff ? 2 : 1;
      const isLone = cp >= 0xd800 && cp <= 0xdfff;
      const value = isLone ? 0xfffd : cp;
      const size = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4;
      if (written + size > dest.length) break;
      if (size === 1) {
        dest[written] = value;
      } else if (size === 2) {
        dest[written] = 0xc0 | (value >> 6);
        dest[written + 1] = 0x80 | (value & 0x3f);
      } else if (size === 3) {
        dest[written] = 0xe0 | (value >> 12);
        dest[written + 1] = 0x80 | ((value >> 6) & 0x3f);
        dest[written + 2] = 0x80 | (value & 0x3f);
      } else {
        dest[written] = 0xf0 | (value >> 18);
        dest[written + 1] = 0x80 | ((value >> 12) & 0x3f);
        dest[written + 2] = 0x80 | ((value >> 6) & 0x3f);
        dest[written + 3] = 0x80 | (value & 0x3f);
      }
      written += size;
      read += units;
      i += units;
    }
    return { read, written };
  }
}

Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const kDecoder = Symbol('decoder');

// Bytes at the end of `bytes` that start an incomplete UTF-8 sequence.
function incompleteUtf8Tail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const name = labels.get(label);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && typeof options !== 'object' && options !== undefined) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this[kDecoder] = {
      name,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: null,
      bomSeen: false,
    };
  }

  get encoding() { return this[kDecoder].name; }
  get fatal() { return this[kDecoder].fatal; }
  get ignoreBOM() { return this[kDecoder].ignoreBOM; }

  decode(input = new Uint8Array(0), options = {}) {
    const state = this[kDecoder];
    if (state === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    if (!isBufferSource(input)) {
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    }
    let bytes = input instanceof Uint8Array ? input :
      ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) :
        new Uint8Array(input);
    if (state.pending !== null) {
      const joined = new Uint8Array(state.pending.length + bytes.length);
      joined.set(state.pending, 0);
      joined.set(bytes, state.pending.length);
      bytes = joined;
      state.pending = null;
    }
    const stream = Boolean(options?.stream);
    if (stream) {
      let keep = 0;
      if (state.name === 'utf-8') keep = incompleteUtf8Tail(bytes);
      else if (state.name === 'utf-16le') keep = bytes.length % 2;
      if (keep > 0) {
        state.pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    const encoding = state.name === 'windows-1252' ? 'latin1' : state.name;
    const ignoreBOM = state.ignoreBOM || state.bomSeen;
    const text = binding.decode(bytes, encoding, state.fatal, ignoreBOM);
    if (stream && bytes.length > 0) state.bomSeen = true;
    if (!stream) state.bomSeen = false;
    return text;
  }
}

Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
