'use strict';
// node:stream/consumers — read a whole stream (Node or web, or any async
// iterable) as an ArrayBuffer, Blob, Buffer, string or JSON value.

const { getBuffer } = require('internal/streams/utils');

async function collectBytes(stream) {
  const chunks = [];
  let total = 0;
  let encoder;
  for await (let chunk of stream) {
    if (typeof chunk === 'string') {
      if (encoder === undefined) encoder = new TextEncoder();
      chunk = encoder.encode(chunk);
    } else if (chunk instanceof ArrayBuffer) {
      chunk = new Uint8Array(chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'ArrayBuffer', 'TypedArray', 'DataView'], chunk);
    }
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i], pos);
    pos += chunks[i].byteLength;
  }
  return out;
}

async function blob(stream) {
  const { Blob } = require('buffer');
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const bytes = await collectBytes(stream);
  return bytes.buffer;
}

async function buffer(stream) {
  const bytes = await collectBytes(stream);
  const B = getBuffer();
  return B !== null ? B.from(bytes.buffer, 0, bytes.byteLength) : bytes;
}

async function text(stream) {
  const dec = new TextDecoder();
  const parts = [];
  for await (const chunk of stream) {
    if (typeof chunk === 'string') parts.push(chunk);
    else parts.push(dec.decode(chunk, { stream: true }));
  }
  parts.push(dec.decode(undefined, { stream: false }));
  return parts.join('');
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
