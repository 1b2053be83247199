'use strict';
// Compares Coil's stdlib util.inspect / util.format / Console (run under node
// through tools/stdlib-under-node.js) with node's own implementations.
//
//   node tools/test-inspect.js [-v] [filter]
//
// Prints every mismatch and ends with `N passed, N failed`; exits 1 on any
// mismatch. Re-executes itself with --expose-internals so the shim can use
// node's real engine bindings (promise state, proxy target, previews).

if (!process.execArgv.includes('--expose-internals')) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', ...process.execArgv, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const util = require('util');
const vm = require('vm');
const { EventEmitter } = require('events');
const { Console: NodeConsole } = require('console');
const { loadStdlib, usingRealBindings } = require('./stdlib-under-node.js');

const ours = loadStdlib('internal/util/inspect');
const ourUtil = loadStdlib('util');
const { Console: OurConsole } = loadStdlib('internal/console/constructor');

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filter = args.find((a) => a !== '-v');

let passed = 0;
let failed = 0;

function show(s) {
  return typeof s === 'string' ? s.replace(/\x1b/g, '\\e') : String(s);
}

function check(label, expected, actual) {
  if (filter && !label.includes(filter)) return;
  if (expected === actual) {
    passed++;
    if (verbose) console.log(`ok ${label}`);
    return;
  }
  failed++;
  console.log(`--- MISMATCH: ${label}`);
  console.log(`node:\n${show(expected)}`);
  console.log(`ours:\n${show(actual)}`);
}

function outcome(fn) {
  try {
    return fn();
  } catch (err) {
    return `THROWS ${err && err.name}: ${err && err.message}`;
  }
}

// ---------------------------------------------------------------------------
// Values

function makeValues() {
  const v = [];
  const add = (label, value) => v.push([label, value]);

  // primitives
  add('undefined', undefined);
  add('null', null);
  add('true', true);
  add('number', 42);
  add('neg zero', -0);
  add('NaN', NaN);
  add('Infinity', -Infinity);
  add('float', 3.14159);
  add('big number', 1e21);
  add('small number', 1e-7);
  add('bigint', 123n);
  add('neg bigint', -98765432109876543210n);
  add('string', 'hello');
  add('empty string', '');
  add('string single quote', "it's");
  add('string both quotes', 'it\'s "x"');
  add('string all quotes', 'it\'s "x" `y`');
  add('string template', 'it\'s "x" ${y}');
  add('string escapes', 'a\nb\tc\u0000d\u001be\u007f\u0085\\');
  add('string lone surrogate', 'x\ud83d y \ude00 z');
  add('string emoji', 'smile 😀');
  add('string long', 'x'.repeat(200));
  add('string long escape', `${'y'.repeat(150)}\n\ud800'`);
  add('string multiline', `${'line one '.repeat(5)}\n${'line two '.repeat(5)}\nend`);
  add('string trailing newline', `${'abc '.repeat(10)}\n`);
  add('symbol', Symbol('foo'));
  add('symbol empty', Symbol());
  add('symbol registered', Symbol.for('reg'));
  add('symbol well-known', Symbol.iterator);
  add('symbol newline', Symbol('a\nb'));

  // objects
  add('empty object', {});
  add('simple object', { a: 1, b: 'two', c: [3] });
  add('nested object', { a: { b: { c: { d: { e: 1 } } } } });
  add('nested arrays', [[[[[1]]]]]);
  add('quoted keys', { 'a-b': 1, '0': 2, 'with space': 3, valid_id: 4, $dollar: 5, 'it\'s': 6, '': 7 });
  add('__proto__ key', JSON.parse('{"__proto__": 1, "b": 2}'));
  add('symbol keys', { [Symbol('foo')]: 1, [Symbol()]: 2, [Symbol.for('x\ny')]: 3 });
  add('symbol values', { s: Symbol('v') });
  add('getters', {
    get a() { return 1; },
    set b(x) {},
    get c() { return 2; },
    set c(x) {},
  });
  add('null proto', Object.create(null));
  add('null proto with keys', Object.assign(Object.create(null), { a: 1 }));
  add('toStringTag', { [Symbol.toStringTag]: 'foo' });
  {
    const o = {};
    Object.defineProperty(o, Symbol.toStringTag, { value: 'hidden' });
    add('toStringTag non-enumerable', o);
    const o2 = { x: 1 };
    Object.defineProperty(o2, Symbol.toStringTag, { value: 'Tagged' });
    add('toStringTag with keys', o2);
  }
  {
    class Foo { constructor() { this.a = 1; } }
    add('class instance', new Foo());
    add('class instance empty', new (class Bar {})());
    class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
    add('class with tag', new Tagged());
    class Anon extends Array {}
    add('array subclass', Anon.from([1, 2]));
    class MyMap extends Map {}
    add('map subclass', new MyMap([[1, 2]]));
    class MySet extends Set {}
    add('set subclass', new MySet([1]));
    class MyError extends Error {}
    add('error subclass', new MyError('boom'));
    class MyPromise extends Promise {}
    add('promise subclass', MyPromise.resolve(1));
    add('class instance null-proto chain', Object.create(Object.create(null)));
    function Legacy() { this.x = 1; }
    add('function constructor instance', new Legacy());
    const anonCtor = (() => function () {})();
    add('anonymous constructor instance', new anonCtor());
  }
  {
    const o = { a: 1 };
    o.self = o;
    add('circular', o);
    const a = [1];
    a.push(a);
    add('circular array', a);
    const x = { name: 'x' };
    const y = { name: 'y', x };
    x.y = y;
    add('circular two', { x, y });
    const m = new Map();
    m.set('m', m);
    add('circular map', m);
    const p = { q: {} };
    p.q.p = p;
    p.q.q = p.q;
    add('circular multi index', p);
  }
  add('many keys', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
  add('long values', { aaaaaaaaaa: 'x'.repeat(40), bbbbbbbbbbbb: 'y'.repeat(40) });
  add('object with function', { fn() {}, arrow: () => {}, named: function foo() {} });
  add('deep mixed', { a: [{ b: { c: [1, { d: 2 }] } }], e: new Map([['k', { f: [1, 2] }]]) });

  // arrays
  add('empty array', []);
  add('array', [1, 2, 3]);
  add('array strings', ['a', 'b', 'c']);
  add('sparse', [1, , 3]);
  add('sparse many holes', [, , , 1, , , ]);
  {
    const a = new Array(5);
    add('all holes', a);
    const b = [1, 2];
    b[10] = 3;
    add('sparse gap', b);
    const c = [1, 2, 3];
    c.extra = 'x';
    c[Symbol('s')] = 1;
    add('array extra keys', c);
    const d = [];
    d.foo = 1;
    add('empty array with key', d);
    const e = [1, , 3];
    e.k = 2;
    add('sparse with key', e);
  }
  add('array 7 numbers', [1, 2, 3, 4, 5, 6, 7]);
  add('array 26 numbers', Array.from({ length: 26 }, (_, i) => i));
  add('array 100 numbers', Array.from({ length: 100 }, (_, i) => i * 7));
  add('array 101', Array.from({ length: 101 }, (_, i) => i));
  add('array 150 strings', Array.from({ length: 150 }, (_, i) => `s${i}`));
  add('array mixed lengths', ['a', 'bbbbbbbbbbbbbbbbbbbbbbbbb', 'c', 'dd', 'e', 'f', 'g', 'h']);
  add('array varied numbers', [1, 22, 333, 4444, 55555, 666666, 7, 88, 999, 1000000]);
  add('array of bigints', Array.from({ length: 10 }, (_, i) => BigInt(i) ** 5n));
  add('array of objects', Array.from({ length: 8 }, (_, i) => ({ i })));
  add('array of arrays', Array.from({ length: 8 }, (_, i) => [i, i * 2]));
  add('array negative numbers', [-1, 2, -3, 4, -5, 6, -7, 8, -9]);
  add('array CJK', ['一', '二二', '三三三', '四', '五', '六', '七', '八']);
  add('array long strings', Array.from({ length: 8 }, (_, i) => `${'word '.repeat(i + 3)}`));
  add('array 30 words', 'the quick brown fox jumps over the lazy dog and keeps running far away into the deep dark forest until night falls over the land'.split(' '));
  add('array with undefined', [undefined, null, 1]);
  add('array multiline strings', [`${'x'.repeat(60)}\n${'y'.repeat(30)}`, 'z']);
  add('array of 7 short strings', ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  add('nested array grouping', { data: Array.from({ length: 30 }, (_, i) => i * 3) });

  // collections
  add('empty map', new Map());
  add('map', new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
  add('empty set', new Set());
  add('set', new Set([1, 'two', { three: 3 }]));
  add('big set', new Set(Array.from({ length: 120 }, (_, i) => i)));
  add('big map', new Map(Array.from({ length: 30 }, (_, i) => [i, `v${i}`])));
  {
    const s = new Set([1]);
    s.extra = true;
    add('set with key', s);
    const m = new Map([[1, 2]]);
    m.extra = true;
    add('map with key', m);
  }
  add('null proto map', Object.setPrototypeOf(new Map([[1, 2]]), null));
  add('null proto set', Object.setPrototypeOf(new Set([1]), null));
  add('null proto array', Object.setPrototypeOf([1, 2], null));
  add('map iterator keys', new Map([[1, 'a'], [2, 'b']]).keys());
  add('map iterator values', new Map([[1, 'a'], [2, 'b']]).values());
  add('map iterator entries', new Map([[1, 'a'], [2, 'b']]).entries());
  add('set iterator', new Set([1, 2, 3]).values());
  add('set iterator entries', new Set([1, 2]).entries());
  {
    const it = new Map([[1, 2], [3, 4], [5, 6]]).keys();
    it.next();
    add('map iterator advanced', it);
  }
  add('weakmap', new WeakMap([[{}, 1]]));
  add('weakset', new WeakSet([{}]));

  // typed arrays and buffers
  add('uint8array', new Uint8Array([1, 2, 3]));
  add('empty uint8array', new Uint8Array(0));
  add('float64array', new Float64Array([1.5, -0, NaN]));
  add('bigint64array', new BigInt64Array([1n, -2n]));
  add('int16array long', new Int16Array(200));
  add('uint8clamped', new Uint8ClampedArray([255, 0]));
  add('arraybuffer', new Uint8Array([1, 2, 255, 16]).buffer);
  add('empty arraybuffer', new ArrayBuffer(0));
  add('big arraybuffer', new ArrayBuffer(120));
  add('shared arraybuffer', new SharedArrayBuffer(4));
  add('dataview', new DataView(new ArrayBuffer(4), 1, 2));
  {
    const ta = new Uint8Array(2);
    ta.foo = 'bar';
    add('typed array with key', ta);
    add('null proto typed array', Object.setPrototypeOf(new Uint16Array([1, 2]), null));
    const ab = new ArrayBuffer(2);
    ab.x = 1;
    add('arraybuffer with key', ab);
  }
  add('buffer', Buffer.from('hello'));
  add('typed array grouping', new Uint32Array(Array.from({ length: 40 }, (_, i) => i * 1000)));

  // functions and classes
  add('function', function foo() {});
  add('anonymous function', (() => function () {})());
  add('arrow', (() => () => {})());
  add('async function', async function af() {});
  add('generator function', function* gen() {});
  add('async generator function', async function* agen() {});
  add('class', class A {});
  add('class extends', class B extends Map {});
  add('anonymous class', (() => class {})());
  add('class extends null', class N extends null {});
  {
    function f() {}
    f.prop = 1;
    add('function with props', f);
    class C { static s = 2; }
    add('class with static', C);
    const nf = function named() {};
    Object.setPrototypeOf(nf, null);
    add('null proto function', nf);
    const bound = f.bind(null);
    add('bound function', bound);
    function g() {}
    Object.defineProperty(g, 'name', { value: '' });
    add('function empty name', g);
    class D {}
    Object.defineProperty(D, Symbol.toStringTag, { value: 'Dtag' });
    add('class with tag', D);
    const tagged = function t() {};
    tagged[Symbol.toStringTag] = 'TG';
    add('function with own enumerable tag', tagged);
  }
  add('builtin function', Math.max);
  add('class tricky source', class /* ( */ Z {});

  // errors
  {
    const strip = (e) => {
      e.stack = `${e.name}: ${e.message}\n    at foo (/x/y.js:1:2)\n    at bar (node:internal/modules/cjs/loader:3:4)\n    at baz (/x/node_modules/pkg/index.js:5:6)`;
      return e;
    };
    add('error', strip(new Error('boom')));
    add('type error', strip(new TypeError('bad type')));
    const withProps = strip(new Error('props'));
    withProps.code = 'E_CODE';
    withProps.info = { a: 1 };
    add('error with props', withProps);
    const noStack = new Error('no stack');
    noStack.stack = undefined;
    add('error without stack', noStack);
    const noStackProps = new RangeError('rp');
    noStackProps.stack = '';
    noStackProps.extra = 1;
    add('error no stack with props', noStackProps);
    const renamed = strip(new Error('renamed'));
    renamed.name = 'CustomName';
    add('error renamed after stack', renamed);
    const renamed2 = new Error('m');
    renamed2.name = 'FooError';
    renamed2.stack = 'FooError: m\n    at x (/a.js:1:1)';
    add('error renamed consistent', renamed2);
    const msgInStack = new Error('multi\nline');
    msgInStack.stack = 'Error: multi\nline\n    at q (/q.js:1:1)';
    add('error multiline message', msgInStack);
    add('error cause', strip(new Error('outer', { cause: strip(new Error('inner')) })));
    add('error cause primitive', strip(new Error('outer', { cause: 'just a string' })));
    const agg = new AggregateError([strip(new Error('a')), strip(new TypeError('b'))], 'many');
    strip(agg);
    add('aggregate error', agg);
    const nullProtoErr = strip(new Error('np'));
    Object.setPrototypeOf(nullProtoErr, null);
    add('null proto error', nullProtoErr);
    add('error no message', strip(new Error()));
    add('real error stack', new Error('real'));
    const causeReal = new Error('outer real', { cause: new Error('inner real') });
    add('real error cause dedupe', causeReal);
    add('error in object', { err: strip(new Error('nested')) });
    add('error in array', [strip(new Error('in array'))]);
    const ownName = strip(new Error('x'));
    Object.defineProperty(ownName, 'name', { value: 'Error', enumerable: true });
    add('error own enumerable name', ownName);
    add('error like object', Object.create(Error.prototype));
    const stackOnly = new Error('x');
    stackOnly.stack = 'Just a stack line';
    add('error odd stack', stackOnly);
    class ValidationError extends Error {
      constructor(m) { super(m); this.name = 'ValidationError'; }
    }
    add('error subclass named', strip(new ValidationError('v')));
    const e2 = strip(new TypeError('t'));
    e2[Symbol.toStringTag] = 'Tagged';
    add('error toStringTag own', e2);
  }

  // boxed primitives
  add('boxed number', new Number(3));
  add('boxed neg zero', new Number(-0));
  add('boxed string', new String('abc'));
  add('boxed boolean', new Boolean(false));
  add('boxed symbol', Object(Symbol('bs')));
  add('boxed bigint', Object(5n));
  {
    const s = new String('ab');
    s.extra = 1;
    add('boxed string with key', s);
    add('boxed null proto', Object.setPrototypeOf(new Number(1), null));
    class MyNum extends Number {}
    add('boxed subclass', new MyNum(4));
  }

  // dates and regexps
  add('date', new Date(0));
  add('invalid date', new Date(NaN));
  {
    const d = new Date(86400000);
    d.foo = 'bar';
    add('date with key', d);
    class MyDate extends Date {}
    add('date subclass', new MyDate(0));
    const d2 = new MyDate(0);
    d2.x = 1;
    add('date subclass with key', d2);
  }
  add('regexp', /ab+c/gi);
  add('regexp with slash', /a\/b/);
  {
    const r = /x/;
    r.foo = 1;
    add('regexp with key', r);
    add('null proto regexp', Object.setPrototypeOf(/np/g, null));
    class MyRe extends RegExp {}
    add('regexp subclass', new MyRe('q'));
  }

  // promises
  add('promise resolved', Promise.resolve(1));
  add('promise pending', new Promise(() => {}));
  {
    const rejected = Promise.reject(new Error('nope'));
    rejected.catch(() => {});
    rejected.__err = true;
    add('promise rejected', rejected);
    const r2 = Promise.reject(3);
    r2.catch(() => {});
    add('promise rejected primitive', r2);
  }
  add('promise object value', Promise.resolve({ a: [1, 2] }));
  {
    const p = Promise.resolve(2);
    p.extra = 'x';
    add('promise with key', p);
  }

  // proxies
  add('proxy object', new Proxy({ a: 1 }, {}));
  add('proxy array', new Proxy([1, 2], {}));
  add('proxy function', new Proxy(function pf() {}, {}));
  {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    add('revoked proxy', proxy);
    add('proxy with handler', new Proxy({ t: 1 }, { get() { return 5; } }));
    add('proxy of proxy', new Proxy(new Proxy({ inner: 1 }, {}), {}));
  }

  // misc builtins
  add('arguments', (function () { return arguments; })(1, 'a'));
  add('empty arguments', (function () { return arguments; })());
  add('generator object', (function* g() { yield 1; })());
  add('global Math', Math);
  add('JSON', JSON);
  add('Reflect', Reflect);
  add('Atomics', Atomics);
  add('Intl', typeof Intl === 'object' ? Intl : {});
  add('WeakRef', new WeakRef({}));
  add('object with symbol toStringTag class', new (class X { get [Symbol.toStringTag]() { return 'X'; } })());
  add('object prototype', Object.prototype);
  add('array prototype', Array.prototype);
  add('vm context object', vm.runInNewContext('({ a: [1, 2], m: new Map([[1, 2]]) })'));
  add('vm context error', vm.runInNewContext('new Error("ctx")').message);
  add('url search params', new URLSearchParams('a=1'));

  // custom inspect
  add('custom inspect string', { [util.inspect.custom]() { return 'CUSTOM'; } });
  add('custom inspect object', { [util.inspect.custom]() { return { replaced: true }; } });
  add('custom inspect multiline', { nested: { [util.inspect.custom]() { return 'a\nb'; } } });
  add('custom inspect this', { [util.inspect.custom]() { return this; }, x: 1 });
  add('custom inspect depth', { a: { b: { [util.inspect.custom](depth, opts) { return `depth=${depth} ${typeof opts.stylize}`; } } } });
  add('custom inspect uses inspect', { [util.inspect.custom](d, o, insp) { return insp({ z: [1] }, o); } });
  add('custom inspect via Symbol.for', { [Symbol.for('nodejs.util.inspect.custom')]() { return 'sym'; } });
  {
    class WithCustom {
      [util.inspect.custom]() { return 'instance'; }
    }
    add('custom inspect on class', new WithCustom());
    add('custom inspect on prototype', WithCustom.prototype);
    add('custom inspect returns number', { [util.inspect.custom]() { return 42; } });
  }
  return v;
}

// ---------------------------------------------------------------------------
// Option sets

const optionSets = [
  ['default', undefined],
  ['depth0', { depth: 0 }],
  ['depthInf', { depth: Infinity }],
  ['depthNull', { depth: null }],
  ['colors', { colors: true }],
  ['showHidden', { showHidden: true }],
  ['compactFalse', { compact: false }],
  ['compactTrue', { compact: true }],
  ['compact1', { compact: 1 }],
  ['breakLength40', { breakLength: 40 }],
  ['breakLengthInf', { breakLength: Infinity }],
  ['sorted', { sorted: true }],
  ['maxArrayLength2', { maxArrayLength: 2 }],
  ['maxStringLength5', { maxStringLength: 5 }],
  ['getters', { getters: true }],
  ['numericSeparator', { numericSeparator: true }],
  ['showProxy', { showProxy: true }],
  ['customInspectFalse', { customInspect: false }],
];

// Cases whose output depends on engine details we do not emulate.
const skip = new Set([
  'error odd stack|*', // Coil prepends the missing `Name: message` line
  // node hides SharedArrayBuffer from its builtin list at bootstrap
  'shared arraybuffer|showHidden',
]);

function runInspectCases() {
  const values = makeValues();
  for (const [label, value] of values) {
    for (const [optLabel, opts] of optionSets) {
      const key = `${label}|${optLabel}`;
      if (skip.has(key) || skip.has(`${label}|*`)) continue;
      const argsList = opts === undefined ? [value] : [value, opts];
      const expected = outcome(() => util.inspect(...argsList));
      const actual = outcome(() => ours.inspect(...argsList));
      check(`inspect ${key}`, expected, actual);
    }
  }
}

// Individual inspect checks with unusual options or arguments.
function runExtraInspectCases() {
  const cases = [
    ['legacy showHidden', [[1, 2], true]],
    ['legacy depth', [{ a: { b: { c: {} } } }, false, 0]],
    ['legacy colors', [{ a: 1 }, false, 2, true]],
    ['sorted comparator', [{ b: 1, a: 2, c: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) }]],
    ['sorted array keys', [Object.assign([1, 2], { z: 1, a: 2 }), { sorted: true }]],
    ['getters get', [{ get a() { return 1; }, get b() { return 2; }, set b(v) {} }, { getters: 'get' }]],
    ['getters set', [{ get a() { return 1; }, get b() { return 2; }, set b(v) {} }, { getters: 'set' }]],
    ['getters object', [{ get o() { return { x: [1] }; } }, { getters: true }]],
    ['getters null', [{ get n() { return null; } }, { getters: true }]],
    ['getters throw', [{ get t() { throw new Error('bad'); } }, { getters: true }]],
    ['maxArrayLength 0', [[1, 2, 3], { maxArrayLength: 0 }]],
    ['maxArrayLength neg', [[1, 2, 3], { maxArrayLength: -1 }]],
    ['maxArrayLength null', [Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null }]],
    ['maxArrayLength set', [new Set([1, 2, 3]), { maxArrayLength: 1 }]],
    ['maxArrayLength map', [new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }]],
    ['maxArrayLength typed', [new Uint8Array(10), { maxArrayLength: 3 }]],
    ['maxArrayLength buffer', [new ArrayBuffer(10), { maxArrayLength: 3 }]],
    ['maxArrayLength sparse', [[1, , , 4, 5], { maxArrayLength: 2 }]],
    ['maxStringLength null', ['x'.repeat(20000), { maxStringLength: null }]],
    ['maxStringLength 1', ['abc', { maxStringLength: 1 }]],
    ['maxStringLength in obj', [{ s: 'abcdef' }, { maxStringLength: 2 }]],
    ['breakLength 3 compact', [{ a: 1, b: 2 }, { breakLength: 3 }]],
    ['compact 0', [{ a: { b: 1 } }, { compact: 0 }]],
    ['compact true nested', [{ a: { b: { c: 'x'.repeat(80) } }, arr: [1, 2, 3] }, { compact: true }]],
    ['compact true long', [Array.from({ length: 40 }, (_, i) => `item${i}`), { compact: true }]],
    ['compact true set', [new Set(Array.from({ length: 30 }, (_, i) => `v${i}`)), { compact: true }]],
    ['compact true error', [Object.assign(new Error('x'), { stack: 'Error: x\n    at a (b.js:1:1)', c: 1 }), { compact: true }]],
    ['compact true circular', [(() => { const o = { a: 1 }; o.o = o; return o; })(), { compact: true }]],
    ['compact 5 deep', [{ a: { b: { c: { d: { e: { f: 1 } } } } } }, { compact: 5, depth: 10 }]],
    ['depth -1', [{ a: 1 }, { depth: -1 }]],
    ['depth -1 array', [[1], { depth: -1 }]],
    ['depth 0 nested kinds', [{ m: new Map([[1, 2]]), s: new Set([1]), a: [1], o: { x: 1 }, e: [], n: Object.create(null), t: new Uint8Array(2), p: Promise.resolve(1), r: /x/, d: new Date(0), f() {} }, { depth: 0 }]],
    ['numericSeparator numbers', [[1234, 1234567.12345, -9876543, 0.0001234, 1e21, -0.5, 123456789n, NaN], { numericSeparator: true }]],
    ['numericSeparator typed', [new Float64Array([12345.6789]), { numericSeparator: true }]],
    ['unknown option passes to custom', [{ [util.inspect.custom](d, o) { return `${o.foo}`; } }, { foo: 'bar' }]],
    ['stylize option', [{ a: 1, s: 'str' }, { colors: true, stylize: (s, t) => `<${t}:${s}>` }]],
    ['stylize option no colors', [{ s: 'str' }, { stylize: (s, t) => `<${t}:${s}>` }]],
    ['colors showHidden proto getters', [new (class K { get g() { return 1; } })(), { showHidden: true, colors: true }]],
    ['showHidden class proto props', [new (class P2 { get g() { return 1; } static s() {} m() {} })(), { showHidden: true }]],
    ['showHidden inherited proto', [new (class C2 extends (class B2 { get b() { return 1; } }) { get c() { return 2; } })(), { showHidden: true }]],
    ['showHidden error', [Object.assign(new Error('sh'), { stack: 'Error: sh\n    at z (/z.js:1:1)' }), { showHidden: true }]],
    ['showHidden weakmap', [(() => { const k = { k: 1 }; const w = new WeakMap([[k, 'v']]); globalThis.__keep = k; return w; })(), { showHidden: true }]],
    ['showHidden weakset', [(() => { const k = { k: 2 }; const w = new WeakSet([k]); globalThis.__keep2 = k; return w; })(), { showHidden: true }]],
    ['showHidden function', [function shf(a, b) {}, { showHidden: true }]],
    ['showHidden array', [[1, 2], { showHidden: true }]],
    ['showHidden typed', [new Uint8Array([1]), { showHidden: true }]],
    ['showHidden boxed string', [new String('xy'), { showHidden: true }]],
    ['showProxy nested', [{ p: new Proxy([1], { get: () => 1 }) }, { showProxy: true }]],
    ['showProxy depth', [{ a: { b: new Proxy({}, {}) } }, { showProxy: true, depth: 0 }]],
    ['colors nested', [{ a: [1, 'x', null, undefined, true, Symbol('s'), 1n, /r/, new Date(0)], f() {} }, { colors: true }]],
    ['colors grouped', [Array.from({ length: 30 }, (_, i) => (i % 2 ? `s${i}` : i)), { colors: true }]],
    ['colors grouped numbers', [Array.from({ length: 30 }, (_, i) => i * 11), { colors: true }]],
    ['colors real error', [new Error('colored'), { colors: true }]],
    ['colors circular', [(() => { const o = {}; o.o = o; return o; })(), { colors: true }]],
    ['colors boxed', [[new Number(1), new String('s'), Object(Symbol('q'))], { colors: true }]],
    ['colors boxed with keys', [Object.assign(new Number(1), { a: 1 }), { colors: true }]],
    ['colors weak', [new WeakSet(), { colors: true }]],
    ['colors sparse', [[1, , 2], { colors: true }]],
    ['colors getters', [{ get a() { return 1; }, set b(v) {} }, { colors: true, getters: true }]],
    ['colors long string', [{ s: `${'x'.repeat(70)}\n${'y'.repeat(20)}` }, { colors: true }]],
    ['colors date key', [Object.assign(new Date(0), { k: 1 }), { colors: true }]],
    ['nested depth exceeded kinds', [{ a: { b: { c: { m: new Map(), s: new Set([1]), x: [1], o: { p: 1 }, n: Object.create(null), e: new Error('deep'), cls: new (class Q {})() } } } }]],
    ['deep null proto', [{ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }]],
    ['deep array subclass', [{ a: { b: { c: new (class Arr extends Array {})() } } }]],
    ['iterator depth', [{ a: { b: { c: new Map([[1, 2]]).entries() } } }]],
    ['circular in map key', [(() => { const o = {}; const m = new Map([[o, o]]); o.m = m; return m; })()]],
    ['object keys numeric order', [{ b: 1, 2: 'two', 1: 'one', a: 3 }]],
    ['big object breaks', [{ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', delta: 'dd' }]],
    ['object of 4 short', [{ a: 1, b: 2, c: 3, d: 4 }]],
    ['object 3 levels compact', [{ a: { b: { c: {} } } }]],
    ['object line 76', [{ k: 'x'.repeat(66) }]],
    ['object line 77', [{ k: 'x'.repeat(67) }]],
    ['object line 78', [{ k: 'x'.repeat(68) }]],
    ['object line 72', [{ k: 'x'.repeat(62) }]],
    ['array line edge', [['x'.repeat(35), 'y'.repeat(35)]]],
    ['array line edge 2', [['x'.repeat(34), 'y'.repeat(34)]]],
    ['array of 6', [[1, 2, 3, 4, 5, 6]]],
    ['array 7 long items', [Array.from({ length: 7 }, () => 'x'.repeat(20))]],
    ['array 16 mixed', [[1, 'a', 2, 'bb', 3, 'ccc', 4, 'dddd', 5, 'eeeee', 6, 'f', 7, 'g', 8, 'h']]],
    ['nested grouped array', [{ a: { b: Array.from({ length: 20 }, (_, i) => i) } }]],
    ['grouped with more items', [Array.from({ length: 200 }, (_, i) => i)]],
    ['grouped sparse', [[1, , 3, , 5, , 7, , 9, , 11]]],
    ['string in nested array long', [[['x'.repeat(90)]]]],
    ['map nested objects', [new Map([[{ a: 1 }, { b: { c: { d: 1 } } }]])]],
    ['set of arrays', [new Set([[1, 2], [3, 4]])]],
    ['map long', [new Map([['k'.repeat(40), 'v'.repeat(40)]])]],
    ['symbol key non-enumerable', [Object.defineProperty({}, Symbol('hid'), { value: 1, enumerable: false }), { showHidden: true }]],
    ['non-enumerable key escaped', [Object.defineProperty({}, 'a\nb', { value: 1, enumerable: false }), { showHidden: true }]],
    ['key escapes', [{ 'a\nb': 1, "it's": 2, 'q"': 3 }]],
    ['symbol key quote', [{ [Symbol("it's")]: 1 }]],
    ['undefined value prop', [{ u: undefined }]],
    ['accessor undefined', [Object.defineProperty({}, 'x', { get: undefined, set: undefined, enumerable: true })]],
    ['global this depth 0', [globalThis, { depth: 0 }]],
    ['process.versions', [process.versions]],
    ['class static inherit', [class S2 extends (class S1 {}) { static x = 1; }]],
    ['function in array', [[function a() {}, class B {}, () => {}]]],
    ['promise in promise', [Promise.resolve(Promise.resolve(1))]],
    ['promise with nested multiline', [Promise.resolve({ a: 'x'.repeat(50), b: 'y'.repeat(50) })]],
    ['promise rejected error', [(() => { const p = Promise.reject(Object.assign(new Error('pe'), { stack: 'Error: pe\n    at x (y.js:1:1)' })); p.catch(() => {}); return p; })()]],
    ['error nested in deep obj', [{ a: { e: Object.assign(new Error('ne'), { stack: 'Error: ne\n    at x (y.js:1:1)\n    at z (w.js:2:2)' }) } }]],
    ['error with long cause chain', [(() => { let e = new Error('c0'); for (let i = 1; i < 4; i++) e = new Error(`c${i}`, { cause: e }); return e; })()]],
    ['error cause undefined own', [(() => { const e = new Error('cu', { cause: undefined }); e.stack = 'Error: cu\n    at a (b.js:1:1)'; return e; })()]],
    ['error stack getter throws', [(() => { const e = new Error('sg'); Object.defineProperty(e, 'stack', { get() { throw new Error('no'); } }); return e; })()]],
    ['error name non-string', [(() => { const e = new Error('nn'); e.name = 42; e.stack = '42: nn\n    at a (b.js:1:1)'; return e; })()]],
    ['error message key shown', [(() => { const e = new Error('orig'); e.stack = 'Error: orig\n    at a (b.js:1:1)'; e.message = 'changed'; return e; })()]],
    ['error enumerable message', [(() => { const e = new Error('em'); e.stack = 'Error: em\n    at a (b.js:1:1)'; Object.defineProperty(e, 'message', { enumerable: true, value: 'em' }); return e; })()]],
    ['error class extends null proto', [(() => { const e = new TypeError('tp'); e.stack = 'TypeError: tp\n    at a (b.js:1:1)'; Object.setPrototypeOf(e, null); return e; })()]],
    ['error name mismatch', [(() => { const e = new TypeError('tm'); e.name = 'Weird'; e.stack = 'Weird: tm\n    at a (b.js:1:1)'; return e; })()]],
    ['error with tag', [(() => { const e = new Error('tg'); e.stack = 'Error: tg\n    at a (b.js:1:1)'; Object.defineProperty(e, Symbol.toStringTag, { value: 'TG' }); return e; })()]],
    ['string exactly kMinLineWidth', ['\n'.repeat(17)]],
    ['string newline indented', [{ a: { b: `${'x'.repeat(80)}\nz` } }]],
    ['bigint separators', [-12345678n, { numericSeparator: true }]],
    ['circular custom nested', [(() => { const a = { name: 'a' }; const b = { a }; a.b = b; a.c = [a, b]; return a; })()]],
    ['circular set', [(() => { const s = new Set(); s.add(s); return s; })()]],
    ['circular via proxy', [(() => { const o = {}; o.p = new Proxy(o, {}); return o; })()]],
    ['getter on class instance showHidden false', [new (class G { constructor() { this.v = 1; } get gg() { return 2; } })()]],
    ['array holes at end', [[1, 2, , ]]],
    ['array huge length sparse', [(() => { const a = []; a[2 ** 32 - 2] = 1; return a; })()]],
    ['array negative key', [Object.assign([1], { '-1': 'neg' })]],
    ['frozen', [Object.freeze({ a: 1 })]],
    ['date invalid with key', [Object.assign(new Date(NaN), { k: 1 })]],
    ['module-ish null proto tag', [Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Module' })]],
    ['object with toStringTag getter', [{ get [Symbol.toStringTag]() { return 'G'; } }]],
    ['class instance toStringTag same as name', [new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })()]],
    ['array iterator', [[1, 2][Symbol.iterator]()]],
    ['string iterator', ['ab'[Symbol.iterator]()]],
    ['regexp string iterator', ['ab'.matchAll(/a/g)]],
    ['async generator object', [(async function* ag() {})()]],
    ['intl number format', [new Intl.NumberFormat('en')]],
    ['finalization registry', [new FinalizationRegistry(() => {})]],
    ['url', [new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash')]],
    ['url in object', [{ u: new URL('http://x.org/') }]],
    ['url deep', [{ a: { b: { c: new URL('http://x.org/') } } }]],
    ['url with key', [Object.assign(new URL('http://k.org/'), { extra: 1 })]],
    ['url search params iterator', [new URLSearchParams('a=1&b=2').keys()]],
    ['abort controller', [new AbortController()]],
    ['abort signal aborted', [AbortSignal.abort()]],
    ['text encoder', [new TextEncoder()]],
    ['event target', [new EventTarget()]],
    ['dom exception', [new DOMException('dom message', 'AbortError')]],
    ['array-like prototype object', [Object.create(Array.prototype)]],
    ['typed array subclass', [new (class Bytes extends Uint8Array {})(2)]],
    ['map subclass empty', [new (class M2 extends Map {})()]],
    ['array getter element', [Object.defineProperty([1], 1, { get() { return 2; }, enumerable: true })]],
    ['array getter element getters', [Object.defineProperty([1], 1, { get() { return 2; }, enumerable: true }), { getters: true }]],
    ['string compact true', ['x'.repeat(100) + '\n' + 'y'.repeat(10), { compact: true }]],
    ['nested circular refs', [(() => { const a = { n: 'a' }; const b = { n: 'b', a }; a.b = b; const c = { a, b, self: null }; c.self = c; return c; })()]],
    ['sorted map', [new Map([['b', 1], ['a', 2]]), { sorted: true }]],
    ['sorted set', [new Set(['b', 'a', 'c']), { sorted: true }]],
    ['maxArrayLength 0 map', [new Map([[1, 2]]), { maxArrayLength: 0 }]],
    ['maxArrayLength 0 set', [new Set([1]), { maxArrayLength: 0 }]],
    ['maxArrayLength map iterator', [new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 }]],
    ['function with toStringTag class', [class T2 { static [Symbol.toStringTag] = 'X'; }]],
    ['async arrow', [async () => {}]],
    ['method shorthand', [{ m() {} }.m]],
    ['getter function', [Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get]],
    ['symbol function name', [{ [Symbol('sf')]() {} }[Object.getOwnPropertySymbols({ [Symbol('sf')]() {} })[0]]]],
    ['object with null and undefined protos', [{ a: Object.create(null), b: [Object.create(null)] }]],
    ['huge breakLength object', [{ a: 'x'.repeat(100), b: 'y'.repeat(100) }, { breakLength: 1000 }]],
    ['entries 6 exactly in object', [{ a: [1, 2, 3, 4, 5, 6], b: [1, 2, 3, 4, 5, 6, 7] }]],
    ['array of 7 objects short', [[{}, {}, {}, {}, {}, {}, {}]]],
    ['array of 7 empty arrays', [[[], [], [], [], [], [], []]]],
    ['array 27 one-char', [Array.from({ length: 27 }, (_, i) => String.fromCharCode(97 + (i % 26)))]],
    ['array numbers 1000', [Array.from({ length: 1000 }, (_, i) => i)]],
    ['array floats', [Array.from({ length: 20 }, (_, i) => i / 3)]],
    ['array with NaN mix', [[NaN, 1, -0, Infinity, -Infinity, 1e100, 2, 3]]],
    ['sparse large', [(() => { const a = new Array(200); a[50] = 1; a[150] = 2; return a; })()]],
    ['sparse indentation nested', [{ x: [, 1, , 2, , 3, , 4] }]],
    ['custom inspect with colors stylize', [{ [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } }, { colors: true }]],
    ['custom inspect nested indentation', [{ a: { b: { [util.inspect.custom]() { return 'line1\nline2'; } } } }]],
    ['custom inspect returns object with custom', [{ [util.inspect.custom]() { return { [util.inspect.custom]() { return 'inner'; } }; } }]],
    ['custom inspect throws', [{ [util.inspect.custom]() { throw new Error('custom boom'); } }]],
    ['custom inspect options object', [{ [util.inspect.custom](d, o) { return Object.keys(o).join(','); } }, { depth: 3, custom1: 1 }]],
    ['custom on proxy target', [new Proxy({ [util.inspect.custom]() { return 'proxied custom'; } }, {})]],
    ['boxed string long', [new String('long boxed string '.repeat(6))]],
    ['boxed symbol keys', [Object.assign(Object(Symbol('k')), { a: 1 })]],
    ['number keys order', [{ 10: 'a', 2: 'b', '-1': 'c', 1.5: 'd' }]],
    ['date with many keys', [Object.assign(new Date(0), { a: 1, b: 2, c: { d: 1 } })]],
    ['error in map value', [new Map([['e', Object.assign(new Error('in map'), { stack: 'Error: in map\n    at x (y.js:1:1)' })]])]],
    ['error depth 0 with props', [{ e: Object.assign(new Error('d0'), { stack: 'Error: d0\n    at x (y.js:1:1)', prop: { deep: 1 } }) }, { depth: 0 }]],
  ];
  for (const [label, argsList] of cases) {
    const expected = outcome(() => util.inspect(...argsList));
    const actual = outcome(() => ours.inspect(...argsList));
    check(`inspect+ ${label}`, expected, actual);
  }
}

// ---------------------------------------------------------------------------
// format

function runFormatCases() {
  const circ = { a: 1 };
  circ.self = circ;
  const cases = [
    [],
    ['plain'],
    ['%s', 'str'],
    ['%s', 42],
    ['%s', -0],
    ['%s', 12n],
    ['%s', Symbol('sym')],
    ['%s', null],
    ['%s', undefined],
    ['%s', { a: { b: { c: 1 } } }],
    ['%s', [1, [2, [3]]]],
    ['%s', new Date(0)],
    ['%s', new Error('fmt-err')].slice(0, 1).concat([Object.assign(new Error('fe'), { stack: 'Error: fe\n    at a (b.js:1:1)' })]),
    ['%s', { toString() { return 'custom toString'; } }],
    ['%s', new (class Foo { toString() { return 'FooStr'; } })()],
    ['%s', new (class Bar {})()],
    ['%s', Object.create(null)],
    ['%s', function fn() {}],
    ['%s', new Map([[1, 2]])],
    ['%s', new Proxy({ p: 1 }, {})],
    ['%s:%s', 'a'],
    ['%s %s', 'a', 'b', 'c'],
    ['%d', 42],
    ['%d', '42'],
    ['%d', 1.5],
    ['%d', -0],
    ['%d', 10n],
    ['%d', Symbol('x')],
    ['%d', {}],
    ['%d', ''],
    ['%i', 42.9],
    ['%i', '0x10'],
    ['%i', 5n],
    ['%i', Symbol('i')],
    ['%i', -0.5],
    ['%f', '1.5e3'],
    ['%f', 'abc'],
    ['%f', Symbol('f')],
    ['%f', -0],
    ['%j', { a: [1, 'b'] }],
    ['%j', circ],
    ['%j', undefined],
    ['%j', { toJSON() { return 'tj'; } }],
    ['%o', { a: [1, 2], f() {} }],
    ['%o', [1, 2, 3]],
    ['%O', { a: { b: { c: { d: 1 } } } }],
    ['%O', 'str'],
    ['%c', 'color: red'],
    ['a%cb%cc', 'css', 'css2'],
    ['%%', 1],
    ['%%'],
    ['%% %s', 'x'],
    ['100%', 'x'],
    ['%x', 1],
    ['%s%', 'a'],
    ['%', 'a'],
    ['%s', 'a', { b: 1 }, 'c', 3],
    [1, 2, 3],
    [{ a: 1 }, 'str', 5],
    ['a', 'b'],
    ['%s'],
    ['%d %d', 1],
    [Symbol('first'), 'x'],
    ['%s', 'multi\nline'],
    ['%o', circ],
    ['%s', [circ]],
    ['%s', new Set([1, 2])],
    ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
    ['%s', Object.assign(Object.create({ toString() { return 'inh'; } }), { x: 1 })],
    ['%s', new Number(5)],
    ['%s', new String('boxed')],
    ['%s', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]],
    ['%s and %O', 'x', { deep: { deeper: { deepest: { bottom: 1 } } } }],
    ['%s', 'x', undefined, null],
  ];
  for (const c of cases) {
    const expected = outcome(() => util.format(...c));
    const actual = outcome(() => ours.format(...c));
    check(`format ${outcome(() => JSON.stringify(c.map((x) => (typeof x === 'symbol' || typeof x === 'bigint' ? String(x) : x))))}`, expected, actual);
  }
  const withOpts = [
    [{ colors: true }, '%s %O', 'a', { b: 1 }],
    [{ colors: true }, 1, 'two', [3]],
    [{ depth: 0 }, { a: { b: 1 } }],
    [{ compact: false }, '%o', [1]],
    [{ breakLength: 20 }, { aaaa: 1, bbbb: 2, cccc: 3 }],
    [[], 'array options'],
    [null, 'x'],
    ['str', 'x'],
    [undefined, 'x'],
  ];
  for (const c of withOpts) {
    const expected = outcome(() => util.formatWithOptions(...c));
    const actual = outcome(() => ours.formatWithOptions(...c));
    check(`formatWithOptions ${outcome(() => JSON.stringify(c))}`, expected, actual);
  }
}

// ---------------------------------------------------------------------------
// util module surface

function runUtilCases() {
  check('util.stripVTControlCharacters', util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
    ourUtil.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
  check('util.stripVTControlCharacters throws', outcome(() => util.stripVTControlCharacters(1)),
    outcome(() => ourUtil.stripVTControlCharacters(1)));
  check('inspect.custom', util.inspect.custom, ourUtil.inspect.custom);
  check('inspect.defaultOptions', util.inspect(util.inspect.defaultOptions), ours.inspect(ourUtil.inspect.defaultOptions));
  check('inspect.colors', util.inspect(util.inspect.colors, { showHidden: true }), ours.inspect(ourUtil.inspect.colors, { showHidden: true }));
  check('inspect.colors keys', Object.keys(util.inspect.colors).join(), Object.keys(ourUtil.inspect.colors).join());
  check('inspect.colors alias', String(util.inspect.colors.grey), String(ourUtil.inspect.colors.grey));
  check('inspect.styles', util.inspect(util.inspect.styles), ours.inspect(ourUtil.inspect.styles));
  check('defaultOptions setter invalid', outcome(() => { util.inspect.defaultOptions = null; }),
    outcome(() => { ourUtil.inspect.defaultOptions = null; }));
  {
    const saved = { ...util.inspect.defaultOptions };
    util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
    ourUtil.inspect.defaultOptions = { depth: 0, breakLength: 20 };
    const v = { a: { b: 1 }, c: 'xxxxxxxxxx', d: 'yyyyyyyyyy' };
    check('defaultOptions applied', util.inspect(v), ours.inspect(v));
    util.inspect.defaultOptions = saved;
    ourUtil.inspect.defaultOptions = saved;
    check('defaultOptions restored', util.inspect(v), ours.inspect(v));
  }
  check('util.toUSVString', util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), ourUtil.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
  check('util.isArray', String([util.isArray([]), util.isArray({})]), String([ourUtil.isArray([]), ourUtil.isArray({})]));
  const legacy = ['isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
    'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
  const samples = [true, null, undefined, 1, 's', Symbol('x'), /r/, {}, new Date(), new Error('e'),
    () => {}, [], Object.create(Error.prototype)];
  for (const name of legacy) {
    check(`util.${name}`, samples.map((s) => util[name](s)).join(), samples.map((s) => ourUtil[name](s)).join());
  }
  check('util.types keys', Object.keys(util.types).filter((k) => k !== 'isKeyObject' && k !== 'isCryptoKey').sort().join(),
    Object.keys(ourUtil.types).sort().join());
  {
    function A() {}
    function B() {}
    ourUtil.inherits(A, B);
    check('util.inherits', String([Object.getPrototypeOf(A.prototype) === B.prototype, A.super_ === B]), 'true,true');
    check('util.inherits throws', outcome(() => util.inherits(A, null)), outcome(() => ourUtil.inherits(A, null)));
    check('util.inherits throws proto', outcome(() => util.inherits(A, Object.create(null))), outcome(() => ourUtil.inherits(A, Object.create(null))));
  }
  check('util.promisify throws', outcome(() => util.promisify(1)), outcome(() => ourUtil.promisify(1)));
  check('util.promisify.custom', util.promisify.custom, ourUtil.promisify.custom);
  check('util.callbackify throws', outcome(() => util.callbackify('x')), outcome(() => ourUtil.callbackify('x')));
  {
    const custom = () => {};
    const fn = () => {};
    fn[util.promisify.custom] = custom;
    check('util.promisify custom fn', ourUtil.promisify(fn) === custom, true);
    const cb = ourUtil.callbackify(async function named(a) { return a; });
    check('util.callbackify name/length', `${cb.name}/${cb.length}`, `${util.callbackify(async function named(a) { return a; }).name}/${util.callbackify(async function named(a) { return a; }).length}`);
  }
}

async function runAsyncUtilCases() {
  const pfn = ourUtil.promisify((a, b, cb) => setImmediate(() => cb(null, a + b)));
  check('util.promisify resolves', await pfn(1, 2), 3);
  const perr = ourUtil.promisify((cb) => cb(new Error('pe')));
  check('util.promisify rejects', await perr().then(() => 'no', (e) => e.message), 'pe');
  const thisFn = ourUtil.promisify(function (cb) { cb(null, this.v); });
  check('util.promisify this', await thisFn.call({ v: 7 }), 7);

  const results = [];
  await new Promise((resolve) => {
    ourUtil.callbackify(async (x) => x * 2)(21, (err, v) => { results.push(`${err}:${v}`); resolve(); });
  });
  await new Promise((resolve) => {
    ourUtil.callbackify(async () => { throw new Error('cbe'); })((err) => { results.push(err.message); resolve(); });
  });
  await new Promise((resolve) => {
    ourUtil.callbackify(() => Promise.reject(null))((err) => {
      results.push(`${err.code}|${err.message}|${err.reason}`);
      resolve();
    });
  });
  check('util.callbackify', results.join(' '), 'null:42 cbe ERR_FALSY_VALUE_REJECTION|Promise was rejected with falsy value|null');

  // deprecate: warns once per code
  const warnings = [];
  const savedEmitWarning = process.emitWarning;
  process.emitWarning = (msg, type, code) => {
    warnings.push(`${type}|${typeof code === 'string' ? code : undefined}|${msg}`);
  };
  let r;
  let inst;
  let DepClass;
  class Base { constructor() { this.b = 1; } }
  try {
    const dep = ourUtil.deprecate((x) => x + 1, 'old api', 'DEP_TEST1');
    const dep2 = ourUtil.deprecate(() => 0, 'other', 'DEP_TEST1');
    const dep3 = ourUtil.deprecate(() => 0, 'no code');
    r = [dep(1), dep(2), dep2(), dep3(), dep3()];
    DepClass = ourUtil.deprecate(Base, 'class dep', 'DEP_TEST2');
    inst = new DepClass();
  } finally {
    process.emitWarning = savedEmitWarning;
  }
  check('util.deprecate', `${r.join()} ${warnings.join(' ; ')}`,
    '2,3,0,0,0 DeprecationWarning|DEP_TEST1|old api ; DeprecationWarning|undefined|no code ; DeprecationWarning|DEP_TEST2|class dep');
  check('util.deprecate class', `${inst.b} ${inst instanceof DepClass} ${inst instanceof Base}`, '1 true true');

  // debuglog
  const savedWrite = process.stderr.write;
  const savedEnv = process.env.NODE_DEBUG;
  const savedForce = process.env.FORCE_COLOR;
  process.env.NODE_DEBUG = 'foo,bar*';
  process.env.FORCE_COLOR = '0';
  const written = [];
  process.stderr.write = (s) => { written.push(s); return true; };
  let dbgEnabled;
  try {
    const d1 = ourUtil.debuglog('foo');
    const d2 = ourUtil.debuglog('barbaz');
    const d3 = ourUtil.debuglog('nope');
    d1('hello %s', 'world');
    d2('x', { a: 1 });
    d3('hidden');
    dbgEnabled = `${d1.enabled} ${d2.enabled} ${d3.enabled} ${typeof ourUtil.debug}`;
  } finally {
    process.stderr.write = savedWrite;
    if (savedEnv === undefined) delete process.env.NODE_DEBUG;
    else process.env.NODE_DEBUG = savedEnv;
    if (savedForce === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = savedForce;
  }
  check('util.debuglog', `${dbgEnabled}\n${written.join('')}`,
    `true true false function\nFOO ${process.pid}: hello world\nBARBAZ ${process.pid}: x { a: 1 }\n`);
}

// ---------------------------------------------------------------------------
// Console

class FakeStream extends EventEmitter {
  constructor(isTTY = false, depth = 1) {
    super();
    this.chunks = [];
    this.isTTY = isTTY;
    this.depth = depth;
  }

  write(chunk, cb) {
    this.chunks.push(String(chunk));
    if (typeof cb === 'function') cb();
    return true;
  }

  getColorDepth() {
    return this.depth;
  }

  text() {
    return this.chunks.join('');
  }
}

function captureConsole(ConsoleClass, fn, opts = {}) {
  const out = new FakeStream(opts.isTTY, opts.depth);
  const err = new FakeStream(opts.isTTY, opts.depth);
  const warnings = [];
  const onWarning = (w) => warnings.push(w.message);
  const savedEmit = process.emitWarning;
  process.emitWarning = (msg) => warnings.push(typeof msg === 'string' ? msg : msg.message);
  try {
    const c = new ConsoleClass({ stdout: out, stderr: err, ...opts.options });
    fn(c);
  } catch (e) {
    warnings.push(`THROWS ${e.name}: ${e.message}`);
  } finally {
    process.emitWarning = savedEmit;
  }
  void onWarning;
  return `stdout:\n${out.text()}stderr:\n${err.text()}warnings: ${warnings.join(' | ')}`;
}

function normalizeTimes(s) {
  return s.replace(/\d+(\.\d+)?(ms|s)\b/g, '<T>$2');
}

function normalizeTrace(s) {
  // Keep the header; frames differ between implementations.
  return s.replace(/(\n {4}at [^\n]*)+/g, '\n    at <frames>');
}

function runConsoleCases() {
  const cases = [
    ['log', (c) => c.log('hello', 1, { a: [1, 2] }, 'x')],
    ['log format', (c) => c.log('%s is %d years', 'Bob', 42, 'extra')],
    ['log empty', (c) => c.log()],
    ['info debug', (c) => { c.info('i', 1); c.debug('d', 2); }],
    ['warn error', (c) => { c.warn('w', { x: 1 }); c.error(new Map([[1, 2]])); }],
    ['dirxml', (c) => c.dirxml({ a: 1 }, [2])],
    ['dir', (c) => c.dir({ a: { b: { c: { d: 1 } } } })],
    ['dir options', (c) => c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 })],
    ['dir custom inspect ignored', (c) => c.dir({ [util.inspect.custom]() { return 'CUSTOM'; }, z: 1 })],
    ['dir string', (c) => c.dir('str')],
    ['assert pass', (c) => c.assert(true, 'nope')],
    ['assert fail', (c) => c.assert(false)],
    ['assert fail msg', (c) => c.assert(0, 'went %s', 'wrong')],
    ['assert fail obj', (c) => c.assert(false, { a: 1 }, 2)],
    ['count', (c) => { c.count(); c.count(); c.count('x'); c.count('default'); c.countReset(); c.count(); }],
    ['countReset missing', (c) => c.countReset('missing')],
    ['count non-string label', (c) => { c.count(1); c.count({}); }],
    ['group', (c) => { c.log('a'); c.group('G1'); c.log('b\nc'); c.group(); c.warn('d'); c.groupEnd(); c.groupEnd(); c.groupEnd(); c.log('e'); }],
    ['groupCollapsed', (c) => { c.groupCollapsed('GC', 1); c.log({ x: { y: 1 } }); c.groupEnd(); }],
    ['group indentation option', (c) => { c.group('x'); c.log('y'); c.table([1]); }, { options: { groupIndentation: 4 } }],
    ['group object multiline', (c) => { c.group(); c.log({ a: 'x'.repeat(50), b: 'y'.repeat(50) }); }],
    ['table array primitives', (c) => c.table([1, 'two', null])],
    ['table array objects', (c) => c.table([{ a: 1, b: 'Y' }, { a: 'Z', c: 3 }])],
    ['table properties filter', (c) => c.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a'])],
    ['table properties missing', (c) => c.table([{ a: 1 }, 5], ['a', 'zz'])],
    ['table object of objects', (c) => c.table({ r1: { c1: 1 }, r2: { c2: 2 } })],
    ['table mixed', (c) => c.table([{ a: 1 }, 2, [3, 4]])],
    ['table map', (c) => c.table(new Map([['k1', { v: 1 }], ['k2', 2]]))],
    ['table set', (c) => c.table(new Set([1, 'x', { o: 1 }]))],
    ['table map iterator', (c) => c.table(new Map([[1, 2]]).entries())],
    ['table map keys iterator', (c) => c.table(new Map([[1, 2]]).keys())],
    ['table set iterator', (c) => c.table(new Set(['a']).values())],
    ['table primitive', (c) => { c.table(5); c.table('str'); c.table(null); }],
    ['table empty', (c) => { c.table([]); c.table({}); }],
    ['table nested values', (c) => c.table([{ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5], e: { x: 1, y: 2, z: 3 } }])],
    ['table unicode', (c) => c.table([{ name: '한국어', v: '😀' }, { name: 'abc', v: 'x' }])],
    ['table invalid properties', (c) => c.table([], 'a')],
    ['table array of arrays', (c) => c.table([[1, 2], [3, 4, 5]])],
    ['table strings', (c) => c.table(['apples', 'oranges'])],
    ['table typed array cells', (c) => c.table([{ t: new Uint8Array([1, 2, 3, 4, 5]), b: Buffer.from('abcd') }])],
    ['table object cells', (c) => c.table([{ o: { a: 1, b: 2 }, p: { a: 1, b: 2, c: 3 }, f() {} }])],
    ['table with colors', (c) => c.table([{ a: 1, s: 'x' }]), { options: { colorMode: true } }],
    ['table nested group', (c) => { c.group('g'); c.table({ a: { x: 1 } }); c.groupEnd(); }],
    ['table typed array data', (c) => c.table(new Uint8Array([5, 6]))],
    ['table arguments-like', (c) => c.table({ length: 2, 0: 'a', 1: 'b' })],
    ['log colors strings', (c) => c.log('plain', 'str', 5, ['arr']), { options: { colorMode: true } }],
    ['log %o %O', (c) => c.log('%o | %O', { a: [1] }, { b: { c: { d: { e: 1 } } } })],
    ['error object', (c) => c.error(Object.assign(new Error('logged'), { stack: 'Error: logged\n    at x (y.js:1:1)' }))],
    ['count reset then count', (c) => { c.count('a'); c.countReset('a'); c.count('a'); c.countReset(); }],
    ['group label formats', (c) => { c.group('%s-%d', 'x', 5); c.log('in'); c.groupEnd(); c.groupEnd(); c.log('out'); }],
    ['time symbol label', (c) => c.time(Symbol('s'))],
    ['dir showHidden', (c) => c.dir([1], { showHidden: true })],
    ['table symbols', (c) => c.table([{ [Symbol('s')]: 1, a: Symbol('v') }])],
    ['time missing', (c) => { c.timeEnd('nope'); c.timeLog('nope2'); }],
    ['time duplicate', (c) => { c.time('dup'); c.time('dup'); c.timeEnd('dup'); }],
    ['time log', (c) => { c.time(); c.timeLog(undefined, 'extra', { a: 1 }); c.timeEnd(); }],
    ['trace', (c) => c.trace('here %d', 5)],
    ['trace empty', (c) => c.trace()],
    ['colors true', (c) => { c.log({ a: 1, s: 'x' }); c.error([1, 'x']); }, { options: { colorMode: true } }],
    ['colors auto tty', (c) => c.log({ a: 1 }), { isTTY: true, depth: 8 }],
    ['colors auto tty depth1', (c) => c.log({ a: 1 }), { isTTY: true, depth: 1 }],
    ['colors false tty', (c) => c.log({ a: 1 }), { isTTY: true, depth: 8, options: { colorMode: false } }],
    ['inspectOptions', (c) => c.log({ a: { b: { c: { d: 1 } } } }), { options: { inspectOptions: { depth: 0 } } }],
    ['inspectOptions breakLength', (c) => c.log({ aa: 'x', bb: 'y' }), { options: { inspectOptions: { breakLength: 5 } } }],
    ['bad colorMode', () => {}, { options: { colorMode: 'yes' } }],
    ['bad inspectOptions', () => {}, { options: { inspectOptions: 5 } }],
    ['incompatible colors', () => {}, { options: { colorMode: true, inspectOptions: { colors: true } } }],
    ['bad groupIndentation', () => {}, { options: { groupIndentation: 2000 } }],
    ['destructured log', (c) => { const { log, warn } = c; log('bound'); warn('bound warn'); }],
  ];
  for (const [label, fn, opts] of cases) {
    const norm = (s) => normalizeTrace(normalizeTimes(s));
    const expected = norm(captureConsole(NodeConsole, fn, opts));
    const actual = norm(captureConsole(OurConsole, fn, opts));
    check(`console ${label}`, expected, actual);
  }

  // constructor forms and validation
  const ctor = [
    ['positional', () => { const o = new FakeStream(); const e = new FakeStream(); return [o, e]; }],
  ];
  for (const [label, make] of ctor) {
    const [o1, e1] = make();
    new NodeConsole(o1, e1).warn('x');
    const [o2, e2] = make();
    new OurConsole(o2, e2).warn('x');
    check(`console ctor ${label}`, `${o1.text()}|${e1.text()}`, `${o2.text()}|${e2.text()}`);
  }
  {
    const o1 = new FakeStream();
    new NodeConsole(o1).error('only stdout');
    const o2 = new FakeStream();
    new OurConsole(o2).error('only stdout');
    check('console ctor stderr defaults to stdout', o1.text(), o2.text());
  }
  check('console ctor no stream', outcome(() => new NodeConsole()), outcome(() => new OurConsole()));
  check('console ctor bad stdout', outcome(() => new NodeConsole({ stdout: {} })), outcome(() => new OurConsole({ stdout: {} })));
  check('console ctor bad stderr', outcome(() => new NodeConsole({ stdout: new FakeStream(), stderr: { write: 1 } })),
    outcome(() => new OurConsole({ stdout: new FakeStream(), stderr: { write: 1 } })));
  check('console call without new', outcome(() => typeof NodeConsole(new FakeStream()).log),
    outcome(() => typeof OurConsole(new FakeStream()).log));
  {
    const names = (C) => Object.getOwnPropertyNames(C.prototype).filter((n) => typeof C.prototype[n] === 'function').sort().join();
    check('console prototype methods', names(NodeConsole), names(OurConsole));
    const inst = (C) => {
      const c = new C(new FakeStream());
      return ['log', 'warn', 'table', 'group', 'time'].map((n) => `${n}:${c[n].name}:${Object.prototype.hasOwnProperty.call(c, n)}`).join();
    };
    check('console bound methods', inst(NodeConsole), inst(OurConsole));
    check('console instanceof', String(new NodeConsole(new FakeStream()) instanceof NodeConsole),
      String(new OurConsole(new FakeStream()) instanceof OurConsole));
  }
  {
    // The real global console object.
    const ourConsole = loadStdlib('console');
    check('global console has Console', typeof ourConsole.Console, 'function');
    check('global console methods', ['log', 'error', 'table', 'time', 'group'].map((n) => typeof ourConsole[n]).join(), 'function,function,function,function,function');
  }
}

// Timing output formats (cannot compare live clocks with node directly).
function runTimeFormatCases() {
  const { formatTime } = loadStdlib('internal/console/constructor');
  if (typeof formatTime !== 'function') return;
  const nodeFormatTime = require('internal/console/constructor').formatTime;
  const cases = [0, 0.0123, 0.5, 1.5, 999.9994, 999.9996, 1000, 1234.5678, 59999, 59999.9999, 60000,
    61234.5, 3599999, 3600000, 3723004, 36000000.5, 1e9];
  for (const ms of cases) check(`formatTime ${ms}`, nodeFormatTime(ms), formatTime(ms));
}

// Random nested values: exercises line breaking, grouping and nesting.
function runFuzzCases(count) {
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const words = ['a', 'bb', 'ccc', 'dddd', 'hello', 'world', 'x'.repeat(15), 'y'.repeat(33),
    'multi\nline', "it's", 'tab\there', 'z'.repeat(70), '', 'ünïcödé', '中文字符'];
  function gen(depth) {
    const r = rand();
    if (depth > 4 || r < 0.35) {
      return pick([
        () => Math.floor(rand() * 1000),
        () => Math.floor(rand() * 1e7) - 5e6,
        () => rand() * 100,
        () => pick(words),
        () => pick([true, false, null, undefined, NaN, -0]),
        () => BigInt(Math.floor(rand() * 1e6)),
        () => Symbol(pick(words)),
      ])();
    }
    if (r < 0.6) {
      const n = Math.floor(rand() * (rand() < 0.3 ? 40 : 8));
      const uniform = rand() < 0.5;
      const kind = rand();
      return Array.from({ length: n }, () => (uniform ?
        (kind < 0.5 ? Math.floor(rand() * 10 ** Math.floor(rand() * 6)) : pick(words)) :
        gen(depth + 1)));
    }
    if (r < 0.85) {
      const o = {};
      const n = Math.floor(rand() * 7);
      for (let i = 0; i < n; i++) o[pick(['k', 'key', 'long_key_name', 'a-b', '1', 'k2', 'x y'])] = gen(depth + 1);
      return o;
    }
    if (r < 0.93) {
      const m = new Map();
      const n = Math.floor(rand() * 4);
      for (let i = 0; i < n; i++) m.set(gen(depth + 2), gen(depth + 1));
      return m;
    }
    return new Set(Array.from({ length: Math.floor(rand() * 6) }, () => gen(depth + 1)));
  }
  const fuzzOptions = [
    undefined, { breakLength: 40 }, { breakLength: 120 }, { compact: 1 }, { compact: 5 },
    { compact: false }, { compact: true }, { depth: 1 }, { depth: Infinity, breakLength: 60 },
    { colors: true }, { sorted: true }, { maxArrayLength: 5 }, { numericSeparator: true },
  ];
  for (let i = 0; i < count; i++) {
    const value = gen(0);
    const opts = fuzzOptions[i % fuzzOptions.length];
    const argsList = opts === undefined ? [value] : [value, opts];
    check(`fuzz #${i} ${JSON.stringify(opts)}`, outcome(() => util.inspect(...argsList)),
      outcome(() => ours.inspect(...argsList)));
    if (i % 10 === 0) {
      check(`fuzz format #${i}`, outcome(() => util.format('%s %o %j', value, value, value)),
        outcome(() => ours.format('%s %o %j', value, value, value)));
    }
  }
}

async function main() {
  if (!usingRealBindings) console.log('note: running without --expose-internals bindings');
  runInspectCases();
  runExtraInspectCases();
  runFormatCases();
  runUtilCases();
  await runAsyncUtilCases();
  runConsoleCases();
  runTimeFormatCases();
  runFuzzCases(1500);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.log(err);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
