'use strict';
// CompressionStream and DecompressionStream: web transform streams over
// node:zlib ('deflate', 'deflate-raw', 'gzip').

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');

const kPair = Symbol('kPair');
const formats = ['deflate', 'deflate-raw', 'gzip'];

function makePair(format, compress) {
  format = `${format}`;
  if (!formats.includes(format)) throw new ERR_INVALID_ARG_VALUE('format', format);
  const zlib = require('zlib');
  let handle;
  if (format === 'deflate') handle = compress ? zlib.createDeflate() : zlib.createInflate();
  else if (format === 'deflate-raw') handle = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
  else handle = compress ? zlib.createGzip() : zlib.createGunzip();
  return require('internal/streams/web_adapters').newReadableWritablePairFromDuplex(handle);
}

function check(self, name) {
  if (self === null || typeof self !== 'object' || self[kPair] === undefined) throw new ERR_INVALID_THIS(name);
}

class CompressionStream {
  constructor(format) {
    this[kPair] = makePair(format, true);
  }

  get readable() {
    check(this, 'CompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    check(this, 'CompressionStream');
    return this[kPair].writable;
  }
}

class DecompressionStream {
  constructor(format) {
    this[kPair] = makePair(format, false);
  }

  get readable() {
    check(this, 'DecompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    check(this, 'DecompressionStream');
    return this[kPair].writable;
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  for (const key of ['readable', 'writable']) {
    const desc = Object.getOwnPropertyDescriptor(C.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(C.prototype, key, desc);
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { CompressionStream, DecompressionStream };
