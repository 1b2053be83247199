'use strict';
// util.inspect / util.format for Coil.
//
// Written to Node 20's documented and observed behaviour. The engine-specific
// facts (promise state, proxy target, iterator previews, ...) come from
// internalBinding('util') and internalBinding('types').

const {
  constants: utilConstants,
  getPromiseDetails,
  getOwnNonIndexProperties,
  getConstructorName: bindingConstructorName,
  previewEntries,
  isClassConstructor,
} = internalBinding('util');
const { getProxyDetails } = require('internal/proxy');

const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = internalBinding('types');

const kPending = utilConstants.kPending;
const kRejected = utilConstants.kRejected;
const ALL_PROPERTIES = utilConstants.ALL_PROPERTIES;
const ONLY_ENUMERABLE = utilConstants.ONLY_ENUMERABLE;

// internal/errors and internal/validators require this module for their
// messages, so they are loaded on first use only.
let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}
let lazyValidators;
function validators() {
  if (lazyValidators === undefined) lazyValidators = require('internal/validators');
  return lazyValidators;
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

// Names of the global constructors that exist when this module loads; their
// instances are "built-in" for %s and for prototype property listing.
// The ECMAScript built-ins only: the names the engine's global had before the
// bootstrap added Node's (Buffer, URL … are not "built-in" here, as in Node).
function engineGlobalNames() {
  try {
    return require('internal/bootstrap/node').engineGlobalNames ?? Object.getOwnPropertyNames(globalThis);
  } catch {
    return Object.getOwnPropertyNames(globalThis);
  }
}
const builtInObjects = new Set(
  engineGlobalNames().filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

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
  validators().validateString(str, 'str');
  return str.replace(ansi, '');
}

// Display width of every code point >= U+007F whose width is not 1, as runs:
// `<gap from previous run end - 1 (base36)><kind><run length - 1 (base36)>`
// where kind is '.' (width 0), ':' (width 2) or '!' (width 3).
const kWidthTable =
  '0.w,gw.33,7n.6,7b.18,1.0,1.1,1.1,1.0,1k.5,a.a,1.0,1a.k,g.0,2t.7,1.5,2.1,1.3,x.0,1.0,u.q,2j.a,1m.' +
  '8,9.0,o.3,1.8,1.2,1.4,17.2,1g.1,5.8,16.1k,1j.0,1.0,4.7,4.0,3.6,a.1,t.0,1m.0,4.3,8.0,k.1,q.0,2.1,' +
  '1l.0,4.1,4.1,2.2,3.0,u.1,3.0,b.1,1l.0,4.4,1.1,4.0,k.1,m.5,1.0,1m.0,2.0,1.3,8.0,7.1,b.1,u.0,1p.0,' +
  'c.0,1e.0,3.0,1j.0,1.2,5.2,1.3,7.1,b.1,t.0,1m.0,2.0,6.0,5.1,k.1,s.1,1l.1,4.3,8.0,k.1,t.0,20.0,7.2' +
  ',1.0,2i.0,2.6,c.7,2q.0,2.8,b.6,21.1,r.0,1.0,1.0,1j.d,1.4,1.1,5.a,1.z,9.0,2u.3,1.5,1.1,2.1,p.1,4.' +
  '2,g.3,d.0,2.1,6.0,f.0,2q:2n,e5.2,qa.2,t.1,u.1,u.1,1s.1,1.6,8.0,2.a,9.0,19.4,39.1,y.0,3a.2,4.1,9.' +
  '0,6.2,63.1,2.0,1m.0,1.6,1.0,1.0,2.7,6.9,2.0,1c.19,2.b,k.3,1c.0,1.4,1.0,5.0,14.8,c.1,w.3,2.1,1.2,' +
  '1k.0,1.1,3.0,1.2,1m.7,2.1,48.2,1.c,1.6,4.0,6.0,3.1,5i.1r,ej.4,q.4,1d.4,1.9,2o.w,fd:1,d:1,5a:3,3:' +
  '0,2:0,eh:1,l:1,q:7,g:b,17:0,a:5,3:0,d:0,8:1,h:1,5:1,8:0,5:0,l:0,7:1,1:0,4:0,2:0,7:0,4:1,s:0,z:0,' +
  '1:0,4:2,1:0,1p:2,o:0,e:0,nv:1,1f:0,4:0,bd.2,3x.0,2o.v,3k:p,1:2g,c:5x,q:26,2:2d,2:2u,5:16,1:2l,1:' +
  '2d,9:1b,1:13,8:mkc,3:1i,bs.3,1.9,w.1,28.1,7k.0,3.0,4.0,p.1,5.0,47.1,q.h,d.0,12.7,p.a,e:s,3.2,1c.' +
  '0,2.3,2.1,13.0,1v.5,2.1,2.1,c.0,8.0,1b.0,1f.0,1.2,2.1,5.1,1.0,16.1,8.0,6m.0,2.0,4.0,i:8mb,6l8:e7' +
  ',u.0,kh.f,0:9,6.f,0:y,1:i,1:3,43.0,1:2n,3j:6,i.2,e9.0,6a.0,45.4,1ae.2,1.1,5.3,14.2,4.0,4l.1,fx.3' +
  ',1t.4,8t.1,25.5,1y.a,1d.3,3f.0,1i.e,15.0,2.1,a.2,1d.3,2.1,2.0,4.0,a.0,1e.2,10.4,1.7,1q.0,c.1,1g.' +
  '8,a.3,2.0,2n.2,2.0,1.1,6.0,2.0,4d.0,3.7,l.1,1l.1,3.0,11.6,3.4,1y.5,d.0,1.0,1.0,e.1,2d.7,2.2,1.0,' +
  'n.0,2c.5,1.0,4.1,1.1,6m.3,6.1,1.1,r.1,2d.7,2.0,1.1,2y.0,1.0,2.5,1.0,2t.0,1.0,2.3,1.4,77.8,1.1,74' +
  '.1,1.0,4.0,40.3,2.1,4.0,w.9,14.5,2.3,8.0,9.5,2.2,1a.c,1.1,5i.0,1.2,1.0,5l.6,1.5,1.0,2a.l,2.6,1.1' +
  ',1.1,3e.5,3.0,1.1,1.6,1.0,20.1,3.0,1.0,9n.1,b.1,1g.4,5.0,1.0,n.0,445.g,6.e,8ug.b,3.2,1xc.4,1n.6,' +
  't4.0,1r.3,25:4,b:6,9:5p1,15:v,2p:36,6pp:3,1:6,1:1,1:82,f:0,t:2,2:0,e:3,8:az,1wh.1,1.3,3mk.19,2.m' +
  ',ev:1,0!4,2.2,9.f,2.6,u.3,d:1,0!3,3l.2,57:2e,9:m,1ah.1i,4.1d,8.0,e.0,m.4,1.e,11s.6,1.g,2.6,1.1,1' +
  '.4,2s.0,4g.6,af.0,1p.3,e4.3,72.1,6r.0,2.0,7.1,5.0,d6.6,31.6,1bt:0,5m:0,5a:0,2:9,23:s,d:17,4:8,7:' +
  '1,e:5,4a:w,c:8,1:1x,1:l,c:16,4:4,c:g,3:0,3:1y,1:0,1:56,2:1q,d:3,1:n,i:0,q:1,d:0,2e:2c,1c:1x,6:0,' +
  '3:2,2:3,3:3,b:1,7:8,6b:b,4:0,7v:1a,1:9,1:54,34:c,3:a,3:1k,1:0,4:f,2:b,4:9,zr:1ekd,2:1ekd,e1oj.0,' +
  'u.2n,3k.6n';

let widthRanges; // Int32Array of [start, end, width] triples, built lazily

function buildWidthRanges() {
  const runs = kWidthTable.split(',');
  const out = new Int32Array(runs.length * 3);
  let prevEnd = 0x7e;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    let k = 0;
    while (run[k] !== '.' && run[k] !== ':' && run[k] !== '!') k++;
    const start = prevEnd + 1 + parseInt(run.slice(0, k), 36);
    const end = start + parseInt(run.slice(k + 1), 36);
    out[i * 3] = start;
    out[i * 3 + 1] = end;
    out[i * 3 + 2] = run[k] === '.' ? 0 : run[k] === ':' ? 2 : 3;
    prevEnd = end;
  }
  return out;
}

function codePointWidth(cp) {
  if (widthRanges === undefined) widthRanges = buildWidthRanges();
  let lo = 0;
  let hi = widthRanges.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < widthRanges[mid * 3]) hi = mid - 1;
    else if (cp > widthRanges[mid * 3 + 1]) lo = mid + 1;
    else return widthRanges[mid * 3 + 2];
  }
  return 1;
}

// Number of terminal columns `str` occupies.
const notPrintableAscii = /[^\x20-\x7e]/;

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = str.replace(ansi, '');
  // Fast path: printable ASCII is one column per character.
  if (!notPrintableAscii.test(str)) return str.length;
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 127) {
      if (code >= 32) width++;
      continue;
    }
    let cp = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        i++;
      }
    }
    width += codePointWidth(cp);
  }
  return width;
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

// Escapes for code units that never print raw, indexed by char code (< 160).
const meta = [];
for (let i = 0; i < 160; i++) {
  if (i < 32 || i > 126) meta.push(`\\x${i.toString(16).toUpperCase().padStart(2, '0')}`);
  else meta.push('');
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// Anything that needs escaping: C0/C1 controls, DEL, backslash, lone surrogates.
const needsEscapeRegExp =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const keyEscapeRegExp =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < 160 ? meta[code] : `\\u${code.toString(16)}`;
}

// Escapes `str` so that, wrapped in the quote `quote` (a char code, or -1 when
// no quote char needs escaping), it reads back as the original string.
function escapeString(str, quote) {
  let out;
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let rep;
    if (code === quote || code === 92 || code < 32 || (code > 126 && code < 160)) {
      rep = meta[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = `\\u${code.toString(16)}`;
    } else {
      continue;
    }
    if (out === undefined) out = [];
    if (last !== i) out.push(str.slice(last, i));
    out.push(rep);
    last = i + 1;
  }
  if (out === undefined) return str;
  if (last !== str.length) out.push(str.slice(last));
  return out.join('');
}

// Quotes and escapes a string: single quotes by default, double quotes when
// the string contains single quotes, backticks when it contains both.
function strEscape(str) {
  let quote = "'";
  const hasSingle = str.includes("'");
  if (hasSingle) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (quote === "'" && hasSingle) return `'${escapeString(str, 39)}'`;
  if (!needsEscapeRegExp.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${escapeString(str, -1)}${quote}`;
}

// Splits after every line feed, keeping the '\n' at the end of each piece.
function splitLines(str) {
  const lines = [];
  let start = 0;
  let pos;
  while ((pos = str.indexOf('\n', start)) !== -1) {
    lines.push(str.slice(start, pos + 1));
    start = pos + 1;
  }
  if (start < str.length) lines.push(str.slice(start));
  return lines;
}

// ---------------------------------------------------------------------------
// Primitives

function addNumericSeparator(integerString) {
  const start = integerString[0] === '-' ? 1 : 0;
  let i = integerString.length;
  if (i < start + 4) return integerString;
  const groups = [];
  for (; i >= start + 4; i -= 3) groups.push(integerString.slice(i - 3, i));
  groups.push(integerString.slice(0, i));
  return groups.reverse().join('_');
}

function addNumericSeparatorEnd(fractionString) {
  if (fractionString.length <= 3) return fractionString;
  const groups = [];
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) groups.push(fractionString.slice(i, i + 3));
  groups.push(fractionString.slice(i));
  return groups.join('_');
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const string = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  // Split at the decimal point (exponent notation splits oddly, like node).
  const dot = string.indexOf('.');
  return fn(`${addNumericSeparator(string.slice(0, dot))}.${
    addNumericSeparatorEnd(string.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
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
    const lines = splitLines(value);
    for (let i = 0; i < lines.length; i++) lines[i] = fn(strEscape(lines[i]), 'string');
    return lines.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
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
    validators().validateObject(options, 'options');
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

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // The value may come from another realm: give it a stylize function that
    // cannot leak objects of this one.
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through to the unstyled value.
      }
      return typeof stylized !== 'string' ? value : stylized;
    }, null);
  }
  return ret;
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
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Prototype objects carry the method but are not instances.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (isBeyondDepth(ctx, recurseTimes)) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
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
    const wellKnown = wellKnownPrototypes.get(obj);
    if (wellKnown !== undefined && ordinaryHasInstance.call(wellKnown.constructor, original)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return wellKnown.name;
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        safeInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const name = bindingConstructorName(original);
  if (isBeyondDepth(ctx, recurseTimes)) return `${name} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const described = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${name} <${described}>`;
  }
  return `${name} <${protoName}>`;
}

// Lists accessors and data properties (not methods) of up to three user
// defined prototype levels, for showHidden.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
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
    if (!isStackOverflowError(err)) throw err;
    const name = getObjectPrefix(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
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

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const start = output.length - keys.length;
      const sorted = output.slice(start).sort(comparator);
      for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once an enormous amount of output has been produced.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    /call stack|recursion|stack overflow/i.test(String(err.message));
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize(
    `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
    'special');
}

function formatNoEntries() {
  return [];
}

// Arrays, Sets, Maps, typed arrays and collection iterators. Leaves
// shape.keys undefined for other iterables.
function describeIterable(ctx, value, shape) {
  if (Array.isArray(value)) return describeArray(ctx, value, shape);
  if (isSet(value)) return describeSet(ctx, value, shape);
  if (isMap(value)) return describeMap(ctx, value, shape);
  if (isTypedArray(value)) return describeTypedArray(ctx, value, shape);
  if (isMapIterator(value)) return describeIterator(ctx, value, shape, 'Map');
  if (isSetIterator(value)) return describeIterator(ctx, value, shape, 'Set');
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

const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;

function describeSet(ctx, value, shape) {
  const size = setSize.call(value);
  const prefix = getPrefix(shape.constructor, shape.tag, 'Set', `(${size})`);
  shape.keys = getKeys(value, ctx.showHidden);
  shape.formatter = formatSet;
  if (size === 0 && shape.keys.length === 0 && shape.protoProps === undefined) {
    return `${prefix}{}`;
  }
  shape.braces = [`${prefix}{`, '}'];
  return undefined;
}

function describeMap(ctx, value, shape) {
  const size = mapSize.call(value);
  const prefix = getPrefix(shape.constructor, shape.tag, 'Map', `(${size})`);
  shape.keys = getKeys(value, ctx.showHidden);
  shape.formatter = formatMap;
  if (size === 0 && shape.keys.length === 0 && shape.protoProps === undefined) {
    return `${prefix}{}`;
  }
  shape.braces = [`${prefix}{`, '}'];
  return undefined;
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
  const prefix = getPrefix(shape.constructor, shape.tag, fallback, `(${size})`);
  shape.braces = [`${prefix}[`, ']'];
  if (value.length === 0 && shape.keys.length === 0 && !ctx.showHidden) {
    return `${shape.braces[0]}]`;
  }
  shape.formatter = (c, v, recurseTimes) => formatTypedArray(source, size, c, v, recurseTimes);
  shape.extrasType = kArrayExtrasType;
  return undefined;
}

function describeIterator(ctx, value, shape, type) {
  shape.keys = getKeys(value, ctx.showHidden);
  let tag = shape.tag;
  if (tag !== `${type} Iterator`) {
    tag = tag !== '' ? `${tag}] [${type} Iterator` : `${type} Iterator`;
  }
  const braces = [`[${tag}] {`, '}'];
  shape.braces = braces;
  shape.formatter = (c, v, recurseTimes) => formatIterator(braces, c, v, recurseTimes);
  return undefined;
}

// Everything that is not an array-like collection.
function describePlainOrSpecial(ctx, value, recurseTimes, shape) {
  const { constructor, tag, protoProps } = shape;
  const keys = getKeys(value, ctx.showHidden);
  shape.keys = keys;
  shape.braces = ['{', '}'];
  const noEntries = keys.length === 0 && protoProps === undefined;

  if (typeof value === 'function') return describeFunction(ctx, value, shape, noEntries);
  if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      shape.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noEntries) return `${shape.braces[0]}}`;
    return undefined;
  }
  if (isRegExp(value)) return describeRegExp(ctx, value, recurseTimes, shape, noEntries);
  if (isDate(value)) return describeDate(ctx, value, shape, noEntries);
  if (isError(value)) return describeError(ctx, value, shape);
  if (isAnyArrayBuffer(value)) return describeArrayBuffer(ctx, value, shape, noEntries);
  if (isDataView(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    // .buffer goes last: it is the only non-primitive.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return undefined;
  }
  if (isPromise(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
    return undefined;
  }
  if (isWeakSet(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    shape.formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    return undefined;
  }
  if (isWeakMap(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    shape.formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    return undefined;
  }
  if (isModuleNamespaceObject(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    shape.formatter = (c, v, recurseTimes) => formatNamespaceObject(keys, c, v, recurseTimes);
    return undefined;
  }
  if (isBoxedPrimitive(value)) {
    shape.base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && protoProps === undefined) return shape.base;
    return undefined;
  }
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

function describeFunction(ctx, value, shape, noEntries) {
  shape.base = getFunctionBase(value, shape.constructor, shape.tag);
  if (noEntries) return ctx.stylize(shape.base, 'special');
  return undefined;
}

function describeRegExp(ctx, value, recurseTimes, shape, noEntries) {
  const { constructor, tag } = shape;
  let base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
  const prefix = getPrefix(constructor, tag, 'RegExp');
  if (prefix !== 'RegExp ') base = `${prefix}${base}`;
  shape.base = base;
  if (noEntries || isBeyondDepth(ctx, recurseTimes)) return ctx.stylize(base, 'regexp');
  return undefined;
}

function describeDate(ctx, value, shape, noEntries) {
  const time = Date.prototype.getTime.call(value);
  let base = Number.isNaN(time) ?
    Date.prototype.toString.call(value) :
    Date.prototype.toISOString.call(value);
  const prefix = getPrefix(shape.constructor, shape.tag, 'Date');
  if (prefix !== 'Date ') base = `${prefix}${base}`;
  if (noEntries) return ctx.stylize(base, 'date');
  shape.base = base;
  return undefined;
}

// WHATWG URL instances print as their href.
function isURL(value) {
  const URLClass = globalThis.URL;
  return typeof value.href === 'string' && typeof URLClass === 'function' &&
    value instanceof URLClass;
}

function describeError(ctx, value, shape) {
  shape.base = formatError(value, shape.constructor, shape.tag, ctx, shape.keys);
  if (shape.keys.length === 0 && shape.protoProps === undefined) return shape.base;
  return undefined;
}

function describeArrayBuffer(ctx, value, shape, noEntries) {
  const type = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
  const prefix = getPrefix(shape.constructor, shape.tag, type);
  if (shape.typedArray === undefined) {
    shape.formatter = formatArrayBuffer;
  } else if (noEntries) {
    return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
  }
  shape.braces[0] = `${prefix}{`;
  shape.keys.unshift('byteLength');
  return undefined;
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives, errors

const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classHeadRegExp = /^(\s+[^(]*?)\s*{/;

function isClassSource(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  // A '(' before the body may come from a computed heritage or a comment.
  return !body.slice(0, brace).includes('(') ||
    classHeadRegExp.test(body.replace(commentsRegExp, ''));
}

function getFunctionBase(value, constructor, tag) {
  let source = '';
  try {
    source = Function.prototype.toString.call(value);
  } catch {
    // Not a callable we can stringify.
  }
  // Boa keeps no source text for classes: the engine says what is a class.
  if (isClassSource(source) || (isClassConstructor !== undefined && isClassConstructor(value))) {
    return getClassBase(value, constructor, tag);
  }

  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  const parts = [`[${type}`];
  if (constructor === null) parts.push(' (null prototype)');
  if (value.name === '') parts.push(' (anonymous)');
  else parts.push(`: ${value.name}`);
  parts.push(']');
  if (constructor !== type && constructor !== null) parts.push(` ${constructor}`);
  if (tag !== '' && constructor !== tag) parts.push(` [${tag}]`);
  return parts.join('');
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys only repeat the characters.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function errorToString(err) {
  return Error.prototype.toString.call(err);
}

// The stack trace, or `Name: message` for errors without one. Engines whose
// stacks list only frames get the `Name: message` line prepended.
function getStackString(err) {
  let stack = err.stack;
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (stack.startsWith('    at ')) {
    // Frames only (and possibly a trailing line feed): add the header.
    let end = stack.length;
    while (end > 0 && stack[end - 1] === '\n') end--;
    return `${errorToString(err)}\n${stack.slice(0, end)}`;
  }
  return stack;
}

// Hides name/message/stack keys whose values the stack already shows.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Gives "regular looking" errors a prefix naming their constructor and tag.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Where the longest run (> 3) of frames shared with the cause's frames starts.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// Underlines package names after each `node_modules` path segment
// (`@scope/name` for scoped packages).
// Node's public builtin modules; `internal/...` ids count as builtin too.
const publicBuiltins = new Set([
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https',
  'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
  'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline',
  'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises',
  'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib', 'test',
]);

function isBuiltinModuleId(id) {
  return publicBuiltins.has(id) || id.startsWith('internal/');
}

function markNodeModules(ctx, line) {
  const parts = [];
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@' && moduleEnd !== -1) {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
    }
    if (moduleEnd === -1) break;
    parts.push(line.slice(lastPos, moduleStart), ctx.stylize(line.slice(moduleStart, moduleEnd), 'module'));
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos === 0) return line;
  parts.push(line.slice(lastPos));
  return parts.join('');
}

// Greys out the working directory part of a frame's location.
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  const parts = [line.slice(0, start), ctx.stylize(line.slice(start, cwdEnd), 'undefined'),
    line.slice(cwdEnd, end)];
  if (end === -1) parts.push(ctx.stylize(')', 'undefined'));
  return parts.join('');
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function fileUrlOf(path) {
  return `file://${encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
}

function colorStackFrames(ctx, lines) {
  const cwd = safeCwd();
  let esmCwd;
  const out = [];
  for (let line of lines) {
    const core = coreModuleRegExp.exec(line);
    if (core !== null && isBuiltinModuleId(core[1])) {
      out.push(ctx.stylize(line, 'undefined'));
      continue;
    }
    line = markNodeModules(ctx, line);
    if (cwd !== undefined) {
      let marked = markCwd(ctx, line, cwd);
      if (marked === line) {
        if (esmCwd === undefined) esmCwd = fileUrlOf(cwd);
        marked = markCwd(ctx, line, esmCwd);
      }
      line = marked;
    }
    out.push(line);
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError and friends.
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain '\n    at'.
  const message = err.message;
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    let lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) lines = colorStackFrames(ctx, lines);
    stack = `${head}\n${lines.join('\n')}`;
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry formatters: (ctx, value, recurseTimes) -> array of entry strings

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

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;

// Holes print as `<N empty items>`.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexRegExp.test(key)) break;
      const emptyItems = num - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are getters; .buffer goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
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
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
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
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no stable order; sort for a reproducible output.
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// `entries` is flat: [key1, value1, key2, value2, ...].
function formatMapIterInner(ctx, recurseTimes, entries, state) {
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
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
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

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details[0] === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // An uninitialized binding: format a placeholder with the same layout.
      const placeholder = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      const pos = placeholder.lastIndexOf(' ');
      output[i] = placeholder.slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; do not list them twice.
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function escapeForKey(str) {
  return str.replace(keyEscapeRegExp, escapeChar);
}

function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const getters = ctx.getters;
  if (getters && (getters === true ||
      (getters === 'get' && desc.set === undefined) ||
      (getters === 'set' && desc.set !== undefined))) {
    try {
      const tmp = desc.get.call(original);
      ctx.indentationLvl += 2;
      let str;
      if (tmp === null) {
        str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
      } else if (typeof tmp === 'object') {
        str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
      } else {
        const primitive = formatPrimitive(s, tmp, ctx);
        str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
      }
      ctx.indentationLvl -= 2;
      return str;
    } catch (err) {
      const message = `<Inspection threw (${err.message})>`;
      return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
    }
  }
  return s(`[${label}]`, 'special');
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

// Lays out many short array entries as aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // Leave the "... more items" entry out of the computation.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and entries are of similar
  // length (no single entry is much longer than the average).
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a roughly square block, characters being ~2.5 times higher
      // than wide.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;

    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers are right aligned, everything else left aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const tmp = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      const line = [];
      let j = i;
      for (; j < max - 1; j++) {
        // Color codes take no columns but count in String#length.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line.push(padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' '));
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line.push(output[j].padStart(padding, ' '));
      } else {
        line.push(output[j]);
      }
      tmp.push(line.join(''));
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
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
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace like "Set {" pushes the first entry to a new line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// format()

// True when `value` has no toString of its own or a user class's: %s then
// inspects it instead of calling toString.
function hasBuiltInToString(value) {
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  // Which of toString / Symbol.toPrimitive to look for up the chain.
  let lookForToString = true;
  let lookForToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    lookForToString = false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    lookForToPrimitive = false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!(lookForToString && hasOwn(pointer, 'toString')) &&
    !(lookForToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;

function firstLine(err) {
  const message = String(err && err.message);
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function numericSeparatorOf(inspectOptions) {
  const v = inspectOptions === undefined || inspectOptions === null ?
    undefined : inspectOptions.numericSeparator;
  return v === undefined || v === null ? inspectDefaultOptions.numericSeparator : v;
}

function formatPlaceholder(code, arg, inspectOptions) {
  const sep = numericSeparatorOf(inspectOptions);
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, sep);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), sep);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), sep);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), sep);
    case 99: // 'c' consumes its argument (CSS) and prints nothing
      return '';
    default:
      return undefined;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  const parts = [];
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) { // '%%'
          parts.push(first.slice(lastPos, i));
          lastPos = i + 1;
          continue;
        }
        if (!isPlaceholderChar(nextChar)) continue;
        const str = formatPlaceholder(nextChar, args[++a], inspectOptions);
        if (lastPos !== i - 1) parts.push(first.slice(lastPos, i - 1));
        // %j of undefined prints "undefined".
        parts.push(`${str}`);
        lastPos = i + 1;
      } else if (nextChar === 37) {
        parts.push(first.slice(lastPos, i));
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) parts.push(first.slice(lastPos));
    }
  }

  while (a < args.length) {
    const value = args[a];
    parts.push(join);
    parts.push(typeof value !== 'string' ? inspect(value, inspectOptions) : value);
    join = ' ';
    a++;
  }
  return parts.join('');
}

function isPlaceholderChar(code) {
  // s j d O o i f c
  return code === 115 || code === 106 || code === 100 || code === 79 ||
    code === 111 || code === 105 || code === 102 || code === 99;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = errors().codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

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
