'use strict';
// How util.inspect formats binary data: typed arrays, ArrayBuffer,
// SharedArrayBuffer and DataView. internal/util/inspect loads this module for
// the first of these it formats.

const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE },
  getOwnNonIndexProperties,
} = internalBinding('util');
const { isArrayBuffer } = internalBinding('types');

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;

function describeTypedArray(ctx, value, shape) {
  shape.keys = getOwnNonIndexProperties(value, ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
  let source = value;
  let fallback = '';
  if (shape.constructor === null) {
    // Without a prototype the elements are read through a fresh copy.
    fallback = typedArrayTag.call(value);
    source = new globalThis[fallback](value);
  }
  const size = typedArrayLength.call(value);
  const prefix = core.getPrefix(shape.constructor, shape.tag, fallback, `(${size})`);
  shape.braces = [`${prefix}[`, ']'];
  if (value.length === 0 && shape.keys.length === 0 && !ctx.showHidden) {
    return `${shape.braces[0]}]`;
  }
  shape.formatter = (c, v, recurseTimes) => formatTypedArray(source, size, c, v, recurseTimes);
  shape.extrasType = core.kArrayExtrasType;
  return undefined;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ?
    core.formatNumber : core.formatBigInt;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = core.remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are getters; .buffer goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = core.formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// The bytes of an ArrayBuffer or SharedArrayBuffer are shown in hex, except
// for the buffer of a typed array shown with showHidden (`typedArray`).
function describeArrayBuffer(ctx, value, shape, noEntries) {
  const type = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
  const prefix = core.getPrefix(shape.constructor, shape.tag, type);
  if (shape.typedArray === undefined) {
    shape.formatter = formatArrayBuffer;
  } else if (noEntries) {
    return `${prefix}{ byteLength: ${core.formatNumber(ctx.stylize, value.byteLength, false)} }`;
  }
  shape.braces[0] = `${prefix}{`;
  shape.keys.unshift('byteLength');
  return undefined;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = new Array(shown);
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    hex[i] = b < 16 ? `0${b.toString(16)}` : b.toString(16);
  }
  let str = hex.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function describeDataView(ctx, value, shape) {
  shape.braces[0] = `${core.getPrefix(shape.constructor, shape.tag, 'DataView')}{`;
  // .buffer goes last: it is the only non-primitive.
  shape.keys.unshift('byteLength', 'byteOffset', 'buffer');
  return undefined;
}

module.exports = { init, describeTypedArray, describeArrayBuffer, describeDataView };
