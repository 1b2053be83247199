'use strict';
// How util.inspect formats the less common kinds of object: proxies (with
// showProxy), promises, module namespace objects, boxed primitives, arrays
// with holes, objects whose prototype chain names no constructor; and what
// an object whose formatting overflowed the stack shows.
// internal/util/inspect loads this module on first need.

const {
  constants: { kPending, kRejected },
  getPromiseDetails,
  getConstructorName: bindingConstructorName,
} = internalBinding('util');
const {
  isBigIntObject,
  isBooleanObject,
  isNativeError,
  isNumberObject,
  isStringObject,
} = internalBinding('types');

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

// showProxy: `Proxy [ target, handler ]`.
function formatProxy(ctx, proxy, recurseTimes) {
  if (core.isBeyondDepth(ctx, recurseTimes)) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    core.formatValue(ctx, proxy[0], recurseTimes),
    core.formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return core.reduceToSingleString(
    ctx, res, '', ['Proxy [', ']'], core.kArrayExtrasType, recurseTimes);
}

// The name of an object none of whose prototypes has a constructor, from the
// engine, followed by its prototype's: `Name <ProtoName>`.
function getUnnamedConstructorName(ctx, obj, proto, recurseTimes, protoProps) {
  const name = bindingConstructorName(obj);
  if (core.isBeyondDepth(ctx, recurseTimes)) return `${name} <Complex prototype>`;
  const protoName = core.getConstructorName(proto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const described = core.inspect(proto, { ...ctx, customInspect: false, depth: -1 });
    return `${name} <${described}>`;
  }
  return `${name} <${protoName}>`;
}

const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;

// The entries of an array from index `i`, its first hole, on: holes print as
// `<N empty items>`.
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
    output.push(core.formatProperty(ctx, value, recurseTimes, key, core.kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(core.remainingText(remaining));
  }
  return output;
}

function describePromise(ctx, shape) {
  shape.braces[0] = `${core.getPrefix(shape.constructor, shape.tag, 'Promise')}{`;
  shape.formatter = formatPromise;
  return undefined;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details[0] === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = core.formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function describeNamespace(ctx, shape) {
  const { keys } = shape;
  shape.braces[0] = `${core.getPrefix(shape.constructor, shape.tag, 'Module')}{`;
  shape.formatter = (c, v, recurseTimes) => formatNamespaceObject(keys, c, v, recurseTimes);
  return undefined;
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const { formatProperty, kObjectType } = core;
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

// Boxed primitives: `[Type: primitive]`, then any own properties.
function describeBoxed(ctx, value, shape) {
  const { constructor, tag, keys } = shape;
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
  base += `: ${core.formatPrimitive(core.stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length === 0 && ctx.stylize !== core.stylizeNoColor) {
    base = ctx.stylize(base, type.toLowerCase());
  }
  shape.base = base;
  if (keys.length === 0 && shape.protoProps === undefined) return base;
  return undefined;
}

// An error thrown while formatting the entries of `value`: a stack overflow
// ends the inspection of that object only; anything else is rethrown.
function handleMaxCallStackSize(ctx, err, value, constructor, tag, indentationLvl) {
  if (!(err instanceof RangeError &&
        /call stack|recursion|stack overflow/i.test(String(err.message)))) {
    throw err;
  }
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  const name = core.getObjectPrefix(value, constructor, tag).slice(0, -1);
  return ctx.stylize(
    `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
    'special');
}

module.exports = {
  init,
  handleMaxCallStackSize,
  formatProxy,
  getUnnamedConstructorName,
  formatSparseArray,
  describePromise,
  describeNamespace,
  describeBoxed,
};
