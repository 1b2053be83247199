'use strict';
// Custom inspection: a value's [util.inspect.custom](depth, options, inspect)
// method formats it. internal/util/inspect loads this module for the first
// value that has one.

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

// What value's custom inspect method `custom` makes of it: its string
// (indented to the current level), or the inspection of whatever else it
// returns; undefined when it returns the value itself, which is then
// formatted as usual. `context` is the value as given (a proxy is not looked
// through); its method may come from another realm.
function formatCustom(ctx, custom, context, isProxy, recurseTimes) {
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const isCrossContext = isProxy || !(context instanceof Object);
  const ret = custom.call(context, depth, getUserOptions(ctx, isCrossContext), core.inspect);
  if (ret === context) return undefined;
  if (typeof ret !== 'string') return core.formatValue(ctx, ret, recurseTimes);
  return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
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
  // The value may come from another realm.
  if (isCrossContext) return crossContextOptions(ctx, ret);
  return ret;
}

// The options a custom inspect function receives when the value may come from
// another realm: no objects of this one, and a stylize function that cannot
// leak them.
function crossContextOptions(ctx, options) {
  Object.setPrototypeOf(options, null);
  for (const key of Object.keys(options)) {
    if ((typeof options[key] === 'object' || typeof options[key] === 'function') &&
        options[key] !== null) {
      delete options[key];
    }
  }
  options.stylize = Object.setPrototypeOf((value, flavour) => {
    let stylized;
    try {
      stylized = `${ctx.stylize(value, flavour)}`;
    } catch {
      // Fall through to the unstyled value.
    }
    return typeof stylized !== 'string' ? value : stylized;
  }, null);
  return options;
}

module.exports = { init, formatCustom };
