'use strict';
// How util.inspect formats Map, Set, their iterators and entries, WeakMap and
// WeakSet. internal/util/inspect loads this module for the first of these it
// formats.

const { previewEntries } = internalBinding('util');

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;

// Map and Set: `Name(size) { entries }`.
function describeSet(ctx, value, shape) {
  return describeSized(ctx, value, shape, 'Set', setSize.call(value), formatSet);
}

function describeMap(ctx, value, shape) {
  return describeSized(ctx, value, shape, 'Map', mapSize.call(value), formatMap);
}

function describeSized(ctx, value, shape, type, size, formatter) {
  const prefix = core.getPrefix(shape.constructor, shape.tag, type, `(${size})`);
  shape.keys = core.getKeys(value, ctx.showHidden);
  shape.formatter = formatter;
  if (size === 0 && shape.keys.length === 0 && shape.protoProps === undefined) {
    return `${prefix}{}`;
  }
  shape.braces = [`${prefix}{`, '}'];
  return undefined;
}

// `type` is 'Map' or 'Set'.
function describeIterator(ctx, value, shape, type) {
  shape.keys = core.getKeys(value, ctx.showHidden);
  let tag = shape.tag;
  if (tag !== `${type} Iterator`) {
    tag = tag !== '' ? `${tag}] [${type} Iterator` : `${type} Iterator`;
  }
  const braces = [`[${tag}] {`, '}'];
  shape.braces = braces;
  shape.formatter = (c, v, recurseTimes) => formatIterator(braces, c, v, recurseTimes);
  return undefined;
}

// `type` is 'WeakMap' or 'WeakSet'. Their entries are only shown with
// showHidden (and only where the engine can list them).
function describeWeak(ctx, shape, type) {
  shape.braces[0] = `${core.getPrefix(shape.constructor, shape.tag, type)}{`;
  if (!ctx.showHidden) shape.formatter = formatWeakCollection;
  else shape.formatter = type === 'WeakSet' ? formatWeakSet : formatWeakMap;
  return undefined;
}

function formatSet(ctx, value, recurseTimes) {
  const length = setSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(core.formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(core.remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const { formatValue } = core;
  const length = mapSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(
      `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(core.remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// What a list of entries comes from: a weak collection, a Map or Set
// iterator, or a Map's entries() iterator.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = core.formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no stable order; sort for a reproducible output.
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(core.remainingText(remaining));
  return output;
}

// `entries` is flat: [key1, value1, key2, value2, ...].
function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const { formatValue } = core;
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = core.reduceToSingleString(
        ctx, res, '', ['[', ']'], core.kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(core.remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return formatWeakCollection(ctx);
  const entries = preview[0];
  if (preview[1]) {
    // Entry iterators are marked as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

module.exports = { init, describeSet, describeMap, describeIterator, describeWeak };
