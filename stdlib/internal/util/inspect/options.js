'use strict';
// What the less used options of util.inspect add: showHidden's listing of
// prototype properties, `getters` (accessors shown with their value),
// `compact: true`, `sorted` and numericSeparator. internal/util/inspect
// loads this module on first need.

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

// Whether `name` is one of the built-in constructors: their prototypes'
// properties are not listed by showHidden and their instances are
// "built-in" for util.format's %s. The ECMAScript built-ins only: the names
// the engine's global had before the bootstrap added Node's (Buffer, URL …
// are not "built-in" here, as in Node). Built on first use.
let builtInNames;
function isBuiltInName(name) {
  if (builtInNames === undefined) {
    let names;
    try {
      names = require('internal/bootstrap/node').engineGlobalNames;
    } catch {
      // Only the engine's names count; fall back to the global's below.
    }
    names ??= Object.getOwnPropertyNames(globalThis);
    builtInNames = new Set(names.filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));
  }
  return builtInNames.has(name);
}

// showHidden: lists accessors and data properties (not methods) of up to
// three user defined prototype levels of `main` into `output`. The
// constructor named `name` was found on `proto`, `firstProto` is main's
// prototype (undefined when found on main itself): a built-in constructor's
// prototype, past main's own, adds nothing.
function addPrototypeProperties(ctx, main, firstProto, proto, name, recurseTimes, output) {
  if (firstProto === proto && isBuiltInName(name)) return;
  const { hasOwn } = core;
  let obj = firstProto || main;
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
          isBuiltInName(descriptor.value.name)) {
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
      const value = core.formatProperty(ctx, obj, recurseTimes, key, core.kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// An accessor with the `getters` option: true shows every getter's value,
// 'get' those without a setter, 'set' those with one. `label` is 'Getter' or
// 'Getter/Setter'.
function formatAccessorWithValue(ctx, desc, original, recurseTimes, label) {
  const s = ctx.stylize;
  const getters = ctx.getters;
  if (getters !== true &&
      !(getters === 'get' && desc.set === undefined) &&
      !(getters === 'set' && desc.set !== undefined)) {
    return s(`[${label}]`, 'special');
  }
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, 'special')} ${core.formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      const primitive = core.formatPrimitive(s, tmp, ctx);
      str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// compact: true: entries fill lines up to breakLength, the closing brace
// ends the last line.
function reduceCompact(ctx, output, base, braces) {
  if (core.isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace like "Set {" pushes the first entry to a new line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// sorted: the entries (of an array-like, only the extra `key: value` ones,
// the last `keyCount`) sorted with the option's comparator, or by default.
function sortEntries(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === core.kObjectType) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    const start = output.length - keyCount;
    const sorted = output.slice(start).sort(comparator);
    for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
  }
}

// numericSeparator: `_` between groups of three digits.

// A number's digits, as String(number) writes them, separated. Exponent
// notation is split at the decimal point like any other (as Node does).
function separateNumber(number) {
  const string = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || string.includes('e')) return string;
    return separateDigits(string);
  }
  if (Number.isNaN(number)) return string;
  const dot = string.indexOf('.');
  return `${separateDigits(string.slice(0, dot))}.${separateFraction(string.slice(dot + 1))}`;
}

// Groups from the end: integer digits with an optional leading '-'.
function separateDigits(integerString) {
  const start = integerString[0] === '-' ? 1 : 0;
  let i = integerString.length;
  if (i < start + 4) return integerString;
  const groups = [];
  for (; i >= start + 4; i -= 3) groups.push(integerString.slice(i - 3, i));
  groups.push(integerString.slice(0, i));
  return groups.reverse().join('_');
}

// Groups from the start: the digits after a decimal point.
function separateFraction(fractionString) {
  if (fractionString.length <= 3) return fractionString;
  const groups = [];
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) groups.push(fractionString.slice(i, i + 3));
  groups.push(fractionString.slice(i));
  return groups.join('_');
}

module.exports = {
  init,
  isBuiltInName,
  addPrototypeProperties,
  formatAccessorWithValue,
  reduceCompact,
  sortEntries,
  separateNumber,
  separateDigits,
};
