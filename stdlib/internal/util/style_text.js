'use strict';
// util.styleText: text wrapped in the escape codes of inspect.colors formats
// (loaded on first use of util.styleText).

const { inspect } = require('internal/util/inspect');
const { validateBoolean, validateOneOf, validateString } = require('internal/validators');

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
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!streamHasColors(stream)) return text;
  }
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

module.exports = { styleText };
