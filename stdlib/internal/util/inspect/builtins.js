'use strict';
// How util.inspect describes functions, classes, dates and regular
// expressions: by a line of their own (`[Function: name]`, `[class A
// extends B]`, an ISO date, `/re/g`) before any properties.
// internal/util/inspect loads this module for the first of these it formats.

const { isClassConstructor } = internalBinding('util');
const { isAsyncFunction, isGeneratorFunction } = internalBinding('types');

// internal/util/inspect's helpers, handed over when it loads this module.
let core;
function init(shared) {
  core = shared;
}

function describeFunction(ctx, value, shape, noEntries) {
  shape.base = getFunctionBase(value, shape.constructor, shape.tag);
  if (noEntries) return ctx.stylize(shape.base, 'special');
  return undefined;
}

function describeRegExp(ctx, value, recurseTimes, shape, noEntries) {
  const { constructor, tag } = shape;
  let base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
  const prefix = core.getPrefix(constructor, tag, 'RegExp');
  if (prefix !== 'RegExp ') base = `${prefix}${base}`;
  shape.base = base;
  if (noEntries || core.isBeyondDepth(ctx, recurseTimes)) return ctx.stylize(base, 'regexp');
  return undefined;
}

function describeDate(ctx, value, shape, noEntries) {
  const time = Date.prototype.getTime.call(value);
  let base = Number.isNaN(time) ?
    Date.prototype.toString.call(value) :
    Date.prototype.toISOString.call(value);
  const prefix = core.getPrefix(shape.constructor, shape.tag, 'Date');
  if (prefix !== 'Date ') base = `${prefix}${base}`;
  if (noEntries) return ctx.stylize(base, 'date');
  shape.base = base;
  return undefined;
}

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
  const name = (core.hasOwn(value, 'name') && value.name) || '(anonymous)';
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

module.exports = { init, describeFunction, describeRegExp, describeDate };
