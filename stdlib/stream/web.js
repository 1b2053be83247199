'use strict';
// node:stream/web — the WHATWG stream classes.

const web = require('internal/webstreams');

let compression;
function lazyCompression() {
  if (compression === undefined) compression = require('internal/streams/compression');
  return compression;
}

module.exports = {
  ReadableStream: web.ReadableStream,
  ReadableStreamDefaultReader: web.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: web.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: web.ReadableStreamBYOBRequest,
  ReadableByteStreamController: web.ReadableByteStreamController,
  ReadableStreamDefaultController: web.ReadableStreamDefaultController,
  TransformStream: web.TransformStream,
  TransformStreamDefaultController: web.TransformStreamDefaultController,
  WritableStream: web.WritableStream,
  WritableStreamDefaultWriter: web.WritableStreamDefaultWriter,
  WritableStreamDefaultController: web.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: web.ByteLengthQueuingStrategy,
  CountQueuingStrategy: web.CountQueuingStrategy,
  TextEncoderStream: web.TextEncoderStream,
  TextDecoderStream: web.TextDecoderStream,
};

Object.defineProperties(module.exports, {
  CompressionStream: {
    get() { return lazyCompression().CompressionStream; },
    enumerable: true,
    configurable: true,
  },
  DecompressionStream: {
    get() { return lazyCompression().DecompressionStream; },
    enumerable: true,
    configurable: true,
  },
});
