'use strict';
// util.format's placeholders: %s %d %i %f %j %o %O %c and %%.
// internal/util/inspect loads this module for the first format string that
// contains a '%'.

const { getProxyDetails } = require('internal/proxy');

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

// util.format(...args) whose first argument is a string: its placeholders
// take the following arguments, the rest are appended separated by spaces.
function formatWithPlaceholders(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  const parts = [];
  let join = '';
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
  return core.appendFormatted(inspectOptions, args, a, parts, join);
}

function isPlaceholderChar(code) {
  // s j d O o i f c
  return code === 115 || code === 106 || code === 100 || code === 79 ||
    code === 111 || code === 105 || code === 102 || code === 99;
}

function numericSeparatorOf(inspectOptions) {
  const v = inspectOptions === undefined || inspectOptions === null ?
    undefined : inspectOptions.numericSeparator;
  return v === undefined || v === null ? core.inspectDefaultOptions.numericSeparator : v;
}

function formatPlaceholder(code, arg, inspectOptions) {
  const { inspect, formatNumber, formatBigInt, stylizeNoColor } = core;
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
    default: // 'c' consumes its argument (CSS) and prints nothing
      return '';
  }
}

// True when `value` has no toString of its own or a user class's: %s then
// inspects it instead of calling toString.
function hasBuiltInToString(value) {
  const { hasOwn } = core;
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
    core.part('options').isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;

function firstLine(err) {
  const message = String(err && err.message);
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

// %j: JSON, or '[Circular]' for what JSON.stringify rejects as circular.
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      // The engine's wording of the circular structure error.
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

module.exports = { init, formatWithPlaceholders };
