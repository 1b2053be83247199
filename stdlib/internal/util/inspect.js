'use strict';
// util.inspect / util.format for Coil.
//
// Written to Node 20's documented and observed behaviour. The engine-specific
// facts (promise state, proxy target, iterator previews, ...) come from
// internalBinding('util') and internalBinding('types').
//
// Compiling JS is a large part of start-up, so this module formats only
// primitives, plain objects and arrays itself. The modules under
// internal/util/inspect/ format the rest (functions, dates, Maps, errors,
// escaped strings, format placeholders …) and are loaded on first need.

const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE },
  getOwnNonIndexProperties,
  getConstructorName: bindingConstructorName,
} = internalBinding('util');
const { getProxyDetails } = require('internal/proxy');

const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = internalBinding('types');

// internal/errors and internal/validators require this module for their
// messages: they are required where needed, not when this module loads.

// The module internal/util/inspect/<name>, loaded on first use and handed
// this module's helpers (`shared`, at the end).
const loadedParts = { __proto__: null };
function part(name) {
  let loaded = loadedParts[name];
  if (loaded === undefined) {
    loaded = require(`internal/util/inspect/${name}`);
    if (loaded.init !== undefined) loaded.init(shared);
    loadedParts[name] = loaded;
  }
  return loaded;
}

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// How a formatted entry list is laid out.
const kObjectType = 0; // `key: value` entries of an object
const kArrayType = 1; // bare values of an array-like
const kArrayExtrasType = 2; // array-like whose extra keys print `key: value`

const kMinLineWidth = 16;

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// ---------------------------------------------------------------------------
// Control characters and display width

// ANSI/VT100 escape sequences: CSI / OSC sequences introduced by ESC or the
// 8-bit CSI, terminated by BEL, ST or a final byte.
const ansi = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:' +
    '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
      '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
      '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|' +
    '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])' +
  ')',
  'g',
);
const simpleColorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(simpleColorRegExp, '');
}

function stripVTControlCharacters(str) {
  require('internal/validators').validateString(str, 'str');
  return str.replace(ansi, '');
}

// Number of terminal columns `str` occupies. ASCII is measured here; other
// strings by internal/util/inspect/width and its table of wide and
// zero-width code points.
const notPrintableAscii = /[^\x20-\x7e]/;
const notAscii = /[^\x00-\x7e]/;
const asciiControls = /[\x00-\x1f]/g;

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = str.replace(ansi, '');
  // Printable ASCII is one column per character, controls take none.
  if (!notPrintableAscii.test(str)) return str.length;
  if (!notAscii.test(str)) return str.replace(asciiControls, '').length;
  return part('width').getWideStringWidth(str);
}

// ---------------------------------------------------------------------------
// Colors

const colors = Object.create(null);
{
  const defaultFG = 39;
  const defaultBG = 49;
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
    ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ];
  const fg = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
  for (let i = 0; i < fg.length; i++) table.push([fg[i], 30 + i, defaultFG]);
  for (let i = 0; i < fg.length; i++) {
    table.push([`bg${fg[i][0].toUpperCase()}${fg[i].slice(1)}`, 40 + i, defaultBG]);
  }
  table.push(['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, defaultFG]);
  for (let i = 1; i < fg.length; i++) table.push([`${fg[i]}Bright`, 90 + i, defaultFG]);
  table.push(['bgGray', 100, defaultBG]);
  for (let i = 1; i < fg.length; i++) {
    table.push([`bg${fg[i][0].toUpperCase()}${fg[i].slice(1)}Bright`, 100 + i, defaultBG]);
  }
  for (const [name, open, close] of table) colors[name] = [open, close];

  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Strings

// Anything that needs escaping: C0/C1 controls, DEL, backslash, lone
// surrogates (and in keys, single quotes). The escaping itself is done by
// internal/util/inspect/strings.
const needsEscapeRegExp =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const keyNeedsEscapeRegExp =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Quotes and escapes a string: single quotes by default, double quotes when
// the string contains single quotes, backticks when it contains both.
function strEscape(str) {
  let quote = "'";
  const hasSingle = str.includes("'");
  if (hasSingle) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (quote === "'" && hasSingle) return `'${part('strings').escapeString(str, 39)}'`;
  if (!needsEscapeRegExp.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${part('strings').escapeString(str, -1)}${quote}`;
}

// ---------------------------------------------------------------------------
// Primitives

// numericSeparator puts `_` between groups of three digits.
function formatNumber(fn, number, numericSeparator) {
  if (numericSeparator) return fn(part('options').separateNumber(number), 'number');
  if (Object.is(number, -0)) return fn('-0', 'number');
  return fn(`${number}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  if (numericSeparator) return fn(`${part('options').separateDigits(String(bigint))}n`, 'bigint');
  return fn(`${bigint}n`, 'bigint');
}

function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true &&
      value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return part('strings').formatLines(fn, value, ctx) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    circular: undefined,
    userOptions: undefined,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = Object.keys(opts);
      for (let i = 0; i < optKeys.length; i++) {
        const key = optKeys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    require('internal/validators').validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

function isBeyondDepth(ctx, recurseTimes) {
  return ctx.depth !== null && recurseTimes > ctx.depth;
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Kept for custom inspection of proxies.
  const context = value;
  // Look through proxies without triggering their traps.
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return part('special').formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Prototype objects carry the method but are not instances.
        !(value.constructor && value.constructor.prototype === value)) {
      const str = part('custom').formatCustom(
        ctx, maybeCustom, context, proxy !== undefined, recurseTimes);
      if (str !== undefined) return str;
    }
  }

  if (ctx.seen.includes(value)) {
    // References are numbered in the order they are met.
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// ---------------------------------------------------------------------------
// Names, tags and prefixes

function safeInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the first constructor in the prototype chain that `obj` is an
// instance of; null for objects without any prototype. With showHidden the
// non-builtin prototype properties are collected into `protoProps`.
// Object.prototype and Function.prototype are recognized even when their
// `constructor` property was tampered with.
const wellKnownPrototypes = new Map([
  [Object.prototype, { name: 'Object', constructor: Object }],
  [Function.prototype, { name: 'Function', constructor: Function }],
]);
const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    let name;
    const wellKnown = wellKnownPrototypes.get(obj);
    if (wellKnown !== undefined && ordinaryHasInstance.call(wellKnown.constructor, original)) {
      name = wellKnown.name;
    } else {
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' &&
          safeInstanceof(original, descriptor.value)) {
        name = String(descriptor.value.name);
      }
    }
    if (name !== undefined) {
      if (protoProps !== undefined) {
        part('options').addPrototypeProperties(
          ctx, original, firstProto, obj, name, recurseTimes, protoProps);
      }
      return name;
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  // A chain that names no constructor.
  return part('special').getUnnamedConstructorName(ctx, original, firstProto, recurseTimes, protoProps);
}

// Symbol.toStringTag, unless it is an own (enumerable) property that will be
// listed with the other keys anyway.
function getDisplayTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
    isEnumerable(value, Symbol.toStringTag))) {
    return '';
  }
  return tag;
}

// Prefix for plain objects: null-prototype objects are named by the engine.
function getObjectPrefix(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = bindingConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// Own keys to list: enumerable ones (plus enumerable symbols), or all of
// them with showHidden.
function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Uninitialized bindings of a module namespace throw on access.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = Object.getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------
// formatRaw: picks the shape of an object, then formats its entries.
//
// Each describe* function fills `shape` ({ keys, braces, base, formatter,
// extrasType }) or returns a finished string for values printed without
// braces.

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && !isBeyondDepth(ctx, recurseTimes)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = getDisplayTag(ctx, value);

  const shape = {
    keys: undefined,
    braces: undefined,
    base: '',
    formatter: formatNoEntries,
    extrasType: kObjectType,
    constructor,
    tag,
    protoProps,
    typedArray,
  };

  let done;
  if (Symbol.iterator in value || constructor === null) {
    done = describeIterable(ctx, value, shape);
  }
  if (shape.keys === undefined) done = describePlainOrSpecial(ctx, value, recurseTimes, shape);
  if (done !== undefined) return done;

  const { keys, braces, extrasType } = shape;
  let { base } = shape;

  if (isBeyondDepth(ctx, recurseTimes)) {
    let name = getObjectPrefix(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output;
  try {
    output = shape.formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    return part('special').handleMaxCallStackSize(ctx, err, value, constructor, tag, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) part('options').sortEntries(ctx, output, keys.length, extrasType);
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once an enormous amount of output has been produced.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function formatNoEntries() {
  return [];
}

// Arrays, Sets, Maps, typed arrays and collection iterators. Leaves
// shape.keys undefined for other iterables.
function describeIterable(ctx, value, shape) {
  if (Array.isArray(value)) return describeArray(ctx, value, shape);
  if (isSet(value)) return part('collections').describeSet(ctx, value, shape);
  if (isMap(value)) return part('collections').describeMap(ctx, value, shape);
  if (isTypedArray(value)) return part('binary').describeTypedArray(ctx, value, shape);
  if (isMapIterator(value)) return part('collections').describeIterator(ctx, value, shape, 'Map');
  if (isSetIterator(value)) return part('collections').describeIterator(ctx, value, shape, 'Set');
  return undefined;
}

function describeArray(ctx, value, shape) {
  const { constructor, tag } = shape;
  const prefix = (constructor !== 'Array' || tag !== '') ?
    getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
  shape.keys = getOwnNonIndexProperties(value, ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
  shape.braces = [`${prefix}[`, ']'];
  if (value.length === 0 && shape.keys.length === 0 && shape.protoProps === undefined) {
    return `${shape.braces[0]}]`;
  }
  shape.extrasType = kArrayExtrasType;
  shape.formatter = formatArray;
  return undefined;
}

// Everything that is not an array-like collection.
function describePlainOrSpecial(ctx, value, recurseTimes, shape) {
  const { constructor, tag, protoProps } = shape;
  const keys = getKeys(value, ctx.showHidden);
  shape.keys = keys;
  shape.braces = ['{', '}'];
  const noEntries = keys.length === 0 && protoProps === undefined;

  if (typeof value === 'function') {
    return part('builtins').describeFunction(ctx, value, shape, noEntries);
  }
  if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      shape.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noEntries) return `${shape.braces[0]}}`;
    return undefined;
  }
  if (isRegExp(value)) {
    return part('builtins').describeRegExp(ctx, value, recurseTimes, shape, noEntries);
  }
  if (isDate(value)) return part('builtins').describeDate(ctx, value, shape, noEntries);
  if (isError(value)) return part('errors').describeError(ctx, value, shape);
  if (isAnyArrayBuffer(value)) {
    return part('binary').describeArrayBuffer(ctx, value, shape, noEntries);
  }
  if (isDataView(value)) return part('binary').describeDataView(ctx, value, shape);
  if (isPromise(value)) return part('special').describePromise(ctx, shape);
  if (isWeakSet(value)) return part('collections').describeWeak(ctx, shape, 'WeakSet');
  if (isWeakMap(value)) return part('collections').describeWeak(ctx, shape, 'WeakMap');
  if (isModuleNamespaceObject(value)) return part('special').describeNamespace(ctx, shape);
  if (isBoxedPrimitive(value)) return part('special').describeBoxed(ctx, value, shape);
  if (isURL(value) && !isBeyondDepth(ctx, recurseTimes)) {
    shape.base = value.href;
    if (noEntries) return shape.base;
    return undefined;
  }
  if (noEntries) {
    if (isExternal(value)) return ctx.stylize('[External: <address>]', 'special');
    return `${getObjectPrefix(value, constructor, tag)}{}`;
  }
  shape.braces[0] = `${getObjectPrefix(value, constructor, tag)}{`;
  return undefined;
}

// WHATWG URL instances print as their href.
function isURL(value) {
  const URLClass = globalThis.URL;
  return typeof value.href === 'string' && typeof URLClass === 'function' &&
    value instanceof URLClass;
}

// An entry formatter: (ctx, value, recurseTimes) -> array of entry strings.
function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) {
      return part('special').formatSparseArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// ---------------------------------------------------------------------------
// Properties

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function escapeForKey(str) {
  return keyNeedsEscapeRegExp.test(str) ? part('strings').escapeForKey(str) : str;
}

function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  if (ctx.getters) {
    return part('options').formatAccessorWithValue(ctx, desc, original, recurseTimes, label);
  }
  return ctx.stylize(`[${label}]`, 'special');
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let separator = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeForKey(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeForKey(key)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${separator}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A multi-line base (e.g. an error stack) never shares a line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = part('grouping').groupArrayElements(ctx, output, value);
      }
      // Combine the innermost `compact` levels on a single line when they fit
      // (and were not grouped into columns).
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  return part('options').reduceCompact(ctx, output, base, braces);
}

// ---------------------------------------------------------------------------
// format()

// Placeholders in a first string argument are expanded by
// internal/util/inspect/format.
function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    if (first.includes('%')) return part('format').formatWithPlaceholders(inspectOptions, args);
  }
  return appendFormatted(inspectOptions, args, 0, [], '');
}

// Appends args[a], args[a + 1] ... to `parts`, each after `join` (then a
// space): strings as they are, other values inspected. Returns the text.
function appendFormatted(inspectOptions, args, a, parts, join) {
  for (; a < args.length; a++) {
    const value = args[a];
    parts.push(join);
    parts.push(typeof value !== 'string' ? inspect(value, inspectOptions) : value);
    join = ' ';
  }
  return parts.join('');
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// What the modules under internal/util/inspect/ use of this one.
const shared = {
  inspect,
  inspectDefaultOptions,
  formatValue,
  formatProperty,
  formatPrimitive,
  formatNumber,
  formatBigInt,
  getConstructorName,
  getObjectPrefix,
  getPrefix,
  getStringWidth,
  getKeys,
  remainingText,
  reduceToSingleString,
  appendFormatted,
  isBeyondDepth,
  isBelowBreakLength,
  isError,
  keyNeedsEscapeRegExp,
  stylizeNoColor,
  strEscape,
  hasOwn,
  kObjectType,
  kArrayType,
  kArrayExtrasType,
  part,
};

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  isError,
};
