// The global console and the Console class as Node shapes them: own keys in
// order, each method's name, length and constructability, the global's
// prototype, instanceof, the inspector's methods, and a Console instance.
'use strict';
const { Console } = require('console');
const out = [];
const say = (...parts) => out.push(parts.join(' '));

function describe(object) {
  for (const key of Object.getOwnPropertyNames(object)) {
    const desc = Object.getOwnPropertyDescriptor(object, key);
    if ('get' in desc) {
      say(key, 'accessor', desc.enumerable, desc.configurable);
      continue;
    }
    const v = desc.value;
    const fn = typeof v === 'function' ?
      `${v.name}/${v.length} prototype:${'prototype' in v}` : typeof v;
    say(key, desc.enumerable, desc.writable, desc.configurable, fn);
  }
}

say('keys', Object.keys(console).join());
describe(console);
// (Node also copies its internal helper methods, under symbols, onto the global.)
const state = ['counts', 'kColorMode', 'kIsConsole', 'kGroupIndent', 'kGroupIndentWidth',
  'Symbol.toStringTag'];
say('symbols', Object.getOwnPropertySymbols(console)
  .filter((s) => state.includes(s.description)).map(String).join());
const proto = Object.getPrototypeOf(console);
say('proto', Reflect.ownKeys(proto).length, Object.getPrototypeOf(proto) === Object.prototype);
say('toString', Object.prototype.toString.call(console), console.constructor === Object);
say('require', require('console') === console, console.Console === Console);

// The Console class.
say('Console', Console.name, Console.length, Reflect.ownKeys(Console).map(String).join());
const hasInstance = Object.getOwnPropertyDescriptor(Console, Symbol.hasInstance);
say('hasInstance', hasInstance.value.length, hasInstance.writable, hasInstance.enumerable,
  hasInstance.configurable);
say('prototype keys', Object.getOwnPropertyNames(Console.prototype).join());
for (const key of Object.keys(Console.prototype)) {
  const fn = Console.prototype[key];
  say('prototype', key, fn.name, fn.length, 'prototype' in fn);
}
const P = Console.prototype;
say('aliases', P.debug === P.log, P.info === P.log, P.dirxml === P.log, P.error === P.warn,
  P.groupCollapsed === P.group);
say('instanceof', console instanceof Console, {} instanceof Console,
  Object.create(Console.prototype) instanceof Console, 5 instanceof Console);
try {
  null instanceof Console;
} catch (err) {
  say('null instanceof', err.name);
}
for (const key of Object.keys(console)) {
  if (key === 'Console') continue;
  try {
    new console[key]();
    say('constructed', key);
  } catch (err) {
    say('new', key, err.name);
  }
}

// A Console instance: own keys in order, bound methods named after their key.
const sink = { write() {} };
const c = new Console(sink);
say('instance keys', Reflect.ownKeys(c).map(String).join());
describe(c);
say('instance', c instanceof Console, Object.getPrototypeOf(c) === Console.prototype,
  Object.prototype.toString.call(c), c.log !== c.info);
const called = Console(sink);
say('without new', called instanceof Console, Object.getPrototypeOf(called) === Console.prototype);
class Sub extends Console {}
const sub = new Sub(sink);
say('subclass', sub instanceof Sub, sub instanceof Console, console instanceof Sub,
  Object.getPrototypeOf(sub) === Sub.prototype);

// The inspector's methods do nothing without an inspector session.
say('profile', console.profile('x'), console.profileEnd('x'), console.timeStamp('x'));
const ctx = console.context('name');
say('context', Object.keys(ctx).join(), Object.getPrototypeOf(Object.getPrototypeOf(ctx)) === Object.prototype);
say('context methods', ctx.log.name, ctx.log.length, ctx.log('not printed'), 'prototype' in ctx.log);
const task = console.createTask('task');
say('task', Object.keys(task).join(), task.run.name, task.run.length,
  task.run(function(...args) { return `${this === globalThis} ${args.length}`; }, 1));
for (const bad of [undefined, '', 5, { toString() { return 'x'; } }]) {
  try {
    console.createTask(bad);
  } catch (err) {
    say('createTask', err.name, err.message);
  }
}
try {
  task.run(5);
} catch (err) {
  say('run', err.name, err.message);
}

process.stdout.write(out.join('\n') + '\n');
console.log(console);
console.log(c);
