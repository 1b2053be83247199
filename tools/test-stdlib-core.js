#!/usr/bin/env node
'use strict';

// Differential tests for Coil's core stdlib modules under `node`:
//   stdlib/internal/errors.js, internal/validators.js, events.js,
//   internal/event_target.js
// Each case runs the same code against node's own implementation and ours
// (loaded through tools/stdlib-under-node.js) and compares what it observes:
// messages, codes, names, property shapes, listener order, warnings, ...
//
// Usage: node tools/test-stdlib-core.js [filter]   (TRACE=1 names async cases)
// Ends with `N passed, N failed`; exits 1 on failure.

const { spawnSync } = require('child_process');

// node's internal errors/validators/event_target are the reference; they
// need --expose-internals.
if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath,
    ['--expose-internals', ...process.execArgv, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const util = require('util');
const path = require('path');
const { loadStdlib } = require(path.join(__dirname, 'stdlib-under-node.js'));

const filter = process.argv[2] || '';

const node = {
  errors: require('internal/errors'),
  validators: require('internal/validators'),
  events: require('events'),
  eventTarget: require('internal/event_target'),
};
const coil = {
  errors: loadStdlib('internal/errors'),
  validators: loadStdlib('internal/validators'),
  events: loadStdlib('events'),
  eventTarget: loadStdlib('internal/event_target'),
};

let passed = 0;
let failed = 0;

// ---------------------------------------------------------------------------
// Describing values so that two implementations can be compared as text.

function show(value) {
  return util.inspect(value, { depth: 6, breakLength: Infinity, showHidden: false })
    .replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
}

// inspect() output of an error without its stack frames.
function inspectError(err) {
  return util.inspect(err, { depth: 4, breakLength: Infinity })
    .split('\n').filter((line) => !/^\s+at /.test(line)).join('\n')
    .replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
}

function baseClass(err) {
  for (const C of [RangeError, TypeError, SyntaxError, URIError, AggregateError]) {
    if (err instanceof C) return C.name;
  }
  return err instanceof Error ? 'Error' : typeof err;
}

function summarizeError(err) {
  if (err === null || typeof err !== 'object') return { thrownValue: show(err) };
  let text;
  try {
    text = String(err);
  } catch (e) {
    text = `<toString threw ${e && e.message}>`;
  }
  const stack = typeof err.stack === 'string' ? err.stack.split('\n    at ')[0] : err.stack;
  return {
    base: baseClass(err),
    name: err.name,
    code: err.code,
    message: err.message,
    toString: text,
    stackHeader: stack,
    ownKeys: Reflect.ownKeys(err).map(String),
    props: Object.keys(err).map((k) => `${k}=${show(err[k])}`),
  };
}

function outcome(fn) {
  try {
    return { returned: show(fn()) };
  } catch (err) {
    return { threw: summarizeError(err) };
  }
}

// ---------------------------------------------------------------------------
// Reporting

function record(name, ok, details) {
  if (filter && !name.includes(filter)) return;
  if (ok) {
    passed++;
    return;
  }
  failed++;
  console.log(`FAIL ${name}`);
  if (details) console.log(details);
}

function same(name, actual, expected) {
  const a = typeof actual === 'string' ? actual : JSON.stringify(actual, null, 2);
  const e = typeof expected === 'string' ? expected : JSON.stringify(expected, null, 2);
  record(name, a === e, `  expected: ${e}\n  actual:   ${a}`);
}

// Runs `fn(impl)` for node's and our implementation and compares results.
function compare(name, fn) {
  same(name, outcome(() => fn(coil)), outcome(() => fn(node)));
}

const asyncCases = [];
function compareAsync(name, fn) {
  asyncCases.push(async () => {
    if (process.env.TRACE) console.log(`ASYNC ${name}`);
    const run = async (impl) => {
      try {
        return { returned: show(await fn(impl)) };
      } catch (err) {
        return { threw: summarizeError(err) };
      }
    };
    const expected = await run(node);
    const actual = await run(coil);
    same(name, actual, expected);
  });
}

// Collects process.emitWarning() calls made while `fn` runs.
function withWarnings(fn) {
  const original = process.emitWarning;
  const warnings = [];
  process.emitWarning = (w, ...rest) => {
    warnings.push(typeof w === 'string' ?
      { message: w, rest: rest.map(show) } :
      { name: w.name, message: w.message, keys: Reflect.ownKeys(w).map(String),
        type: show(w.type), count: w.count });
  };
  try {
    const result = fn();
    return { result, warnings };
  } finally {
    process.emitWarning = original;
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

// ===========================================================================
// internal/errors

// Every code node knows, with generic argument lists; only lists node
// accepts (no internal assertion, no crash) are compared.
const genericArgLists = [
  [],
  ['A'],
  ['A', 'B'],
  ['A', 'B', 'C'],
  ['A', 'B', 'C', 'D'],
  [1, 2, 3],
  [-0, 5n, 'x'],
  [{ x: 1 }, [1, 2], 'z'],
  ['a.b', 'string', null],
  ['name', ['string', 'Buffer'], 42],
  [undefined, undefined, undefined],
];

for (const code of Object.keys(node.errors.codes)) {
  const NodeClass = node.errors.codes[code];
  if (code === 'ERR_SYSTEM_ERROR' || NodeClass.prototype instanceof node.errors.SystemError) continue;
  genericArgLists.forEach((args, i) => {
    let expected;
    try {
      expected = new NodeClass(...args);
    } catch {
      return; // node rejects these arguments
    }
    same(`errors ${code} args#${i}`,
      summarizeError(tryNew(coil.errors.codes[code], args)), summarizeError(expected));
  });
  // The alternative base classes (codes.X.RangeError etc.).
  for (const extra of ['TypeError', 'RangeError']) {
    if (typeof NodeClass[extra] !== 'function') continue;
    for (const args of [['x'], ['x', 'y', 'z']]) {
      try {
        new NodeClass[extra](...args);
      } catch {
        continue; // node rejects these arguments
      }
      compare(`errors ${code}.${extra} ${args.length} args`, (impl) => {
        const err = new impl.errors.codes[code][extra](...args);
        return [summarizeError(err), err instanceof impl.errors.codes[code]];
      });
    }
  }
}

function tryNew(C, args) {
  try {
    return new C(...args);
  } catch (err) {
    return err;
  }
}

// Hand-picked argument lists for the codes whose message has logic.
const specificCases = [
  ['ERR_INVALID_ARG_TYPE', [
    ['path', 'string', 1], ['options.x', 'string', 1], ['first argument', 'string', 1],
    ['x', ['string', 'number'], null], ['x', ['string', 'number', 'boolean'], undefined],
    ['x', 'Buffer', 1], ['x', ['Buffer', 'Uint8Array'], 1], ['x', ['Buffer', 'TypedArray', 'DataView'], 1],
    ['x', ['string', 'Buffer'], 1], ['x', ['string', 'number', 'Buffer', 'Uint8Array'], 1],
    ['x', 'Object', 1], ['x', ['object', 'string'], 1], ['x', ['Object', 'string'], 1],
    ['x', ['string', 'Object'], 1], ['x', ['Buffer', 'Object'], 1], ['x', ['string', 'Buffer', 'Object'], 1],
    ['x', 'null', 1], ['x', ['string', 'null'], 1], ['x', 'a valid thing', 1],
    ['x', ['string', 'a valid thing'], 1], ['x', ['a', 'b'], 1], ['x', ['a', 'b', 'c'], 1],
    ['x', ['string', 'Buffer', 'a valid thing', 'another'], 1], ['x', 'function', 1], ['x', 'Function', 1],
    ['x', ['function', 'Function'], 1], ['x', ['Function', 'Object'], 1], ['x', 'Array', 1],
    ['x', 'string', 'a'.repeat(40)], ['x', 'string', {}], ['x', 'string', function foo() {}],
    ['x', 'String', 1], ['x', ['null', 'undefined'], 1], ['x', ['string', 'undefined', 'null'], 1],
    ['x', ['Object', 'null'], 1], ['x', ['number', 'Buffer', 'null'], 1], ['x', 'Iterable', 1],
    ['x', 'Symbol.iterator', 1], ['x', '$foo', 1], ['x', 'Promise<x>', 1], ['x', [], 1],
    ['x.y argument', 'string', 1], ['x y', 'string', 1], ['x', ['object', 'Buffer'], 1],
    ['x', ['Buffer', 'Object', 'Object'], 1], ['x', 'ABC', 1], ['x', 'aBc', 1], ['x', 'Ab_c', 1],
    ['x', ['A', 'B', 'C', 'D'], 1], ['x', 'string', Symbol('s')], ['x', 'string', 10n],
    ['x', 'string', Object.create(null)], ['x', 'string', new Map()], ['x', 'string', class A {}],
    ['x', 'string', () => {}], ['x', 'string', "it's"], ['x', 'string', 'a\nb'], ['x', 'string', -0],
    ['x', 'string', [1, 2, 3].values()], ['x', 'string', new (class Foo {})()],
  ]],
  ['ERR_INVALID_ARG_VALUE', [
    ['x', 5], ['x.y', 'abc', 'must be good'], ['x', 'a'.repeat(200)],
    ['x', { a: 1, b: [1, 2, { c: { d: { e: 1 } } }] }], ['x', undefined], ['x y', 1], ['x', 1, undefined],
  ]],
  ['ERR_OUT_OF_RANGE', [
    ['x', '>= 0', 5], ['x', '>= 0', 123456789], ['x', '>= 0', -1234567], ['x', '>= 0', 1234.5678],
    ['x', '>= 0', 2n ** 40n], ['x', '>= 0', 1e21], ['x', '>= 0', 'str'], ['x', '>= 0', 2 ** 32],
    ['x', '>= 0', 2 ** 32 + 1], ['The value of "x" is out of range.', 'a', 1, true],
    ['x', '>= 0', { a: 1 }], ['x', '>= 0', -(2 ** 32)], ['x', '>= 0', 100000n], ['x', '>= 0', -(2n ** 33n)],
    ['x', '>= 0', NaN], ['x', '>= 0', Infinity], ['x', '>= 0', -0], ['x', '>= 0', 1e-7],
    ['x', '>= 0', 12345678.9], ['x', '>= 0', 4294967296.5], ['x', '>= 0', 1e20], ['x', '>= 0', null],
    ['x', '>= 0', 2 ** 53], ['x', '>= 0', -(2 ** 60)],
  ]],
  ['ERR_MISSING_ARGS', [
    ['a'], ['a', 'b'], ['a', 'b', 'c'], [['a', 'b'], 'c'], [['a', 'b', 'c']], [['a', 'b'], ['c', 'd'], 'e'], [['a']],
  ]],
  ['ERR_UNHANDLED_ERROR', [[], ['x'], [{ a: 1 }], [5], [undefined], [null]]],
  ['ERR_INVALID_RETURN_VALUE', [
    ['a string', 'fn', 5], ['a string', 'fn', {}], ['a string', 'fn', null], ['a string', 'fn', undefined],
    ['a string', 'fn', 'x'.repeat(40)], ['a string', 'fn', function f() {}], ['a string', 'fn', Object.create(null)],
  ]],
  ['ERR_INVALID_RETURN_PROPERTY', [['a string', 'fn', 'prop', 5], ['a string', 'fn', 'prop', {}]]],
  ['ERR_INVALID_RETURN_PROPERTY_VALUE', [['a string', 'fn', 'prop', 5], ['a string', 'fn', 'prop', new Map()]]],
  ['ERR_ACCESS_DENIED', [['msg'], ['msg', 'FileSystemRead', '/x'], ['msg', 'FileSystemRead']]],
  ['ERR_BUFFER_OUT_OF_BOUNDS', [[], ['offset'], [undefined]]],
  ['ERR_ENCODING_INVALID_ENCODED_DATA', [['utf-8', 5]]],
  ['ERR_FALSY_VALUE_REJECTION', [[0], [null], ['']]],
  ['ERR_HTTP2_INVALID_SETTING_VALUE', [['name', 5], ['name', 5, 1, 10], ['n', 1, undefined, 5]]],
  ['ERR_HTTP2_STREAM_CANCEL', [[new Error('boom')], ['x'], [{ message: 'obj' }], [{ message: '' }], [null]]],
  ['ERR_INTERNAL_ASSERTION', [['boom'], [undefined]]],
  ['ERR_INVALID_ADDRESS_FAMILY', [['IPv5', 'host', 80]]],
  ['ERR_INVALID_CHAR', [['header content'], ['header content', 'foo'], ['x', undefined], ['x', '']]],
  ['ERR_INVALID_MIME_SYNTAX', [['type', 'text/', 4], ['type', 'text/', -1], ['a', 'b', 0]]],
  ['ERR_INVALID_MODULE_SPECIFIER', [['x', 'is bad'], ['x', 'is bad', '/base'], ['x', 'r', undefined]]],
  ['ERR_INVALID_PACKAGE_CONFIG', [['/p', '/base', 'msg'], ['/p', undefined, 'msg'], ['/p', '', '']]],
  ['ERR_INVALID_PACKAGE_TARGET', [
    ['/pkg/', '.', './x', false, '/base'], ['/pkg/', './s', 'x', false, '/base'], ['/pkg/', '#s', 'x', true, '/base'],
    ['/pkg/', '.', { a: 1 }, false], ['/pkg/', './s', '../x', false, '/base'], ['/pkg/', '#s', './x', true],
    ['/pkg/', '.', 'x', false], ['/pkg/', './a', ['x'], false], ['/pkg/', '.', '', false],
  ]],
  ['ERR_INVALID_URL', [['bad'], ['bad', 'http://base'], ['x', undefined], ['x', null], ['x', '']]],
  ['ERR_INVALID_URL_SCHEME', [['file'], [['file', 'http']], [['file']]]],
  ['ERR_MANIFEST_ASSERT_INTEGRITY', [['u', 'real'], ['u', new Map([['sha256', 'abc'], ['sha512', 'def']])]]],
  ['ERR_MODULE_NOT_FOUND', [['x', '/base', 'package'], ['x', '/b', undefined], ['x', '/b', '']]],
  ['ERR_PACKAGE_IMPORT_NOT_DEFINED', [['#x', '/pkg/', '/base'], ['#x', undefined, '/base']]],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', [['/pkg/', '.', '/base'], ['/pkg/', './sub', '/base'], ['/pkg/', './sub'], ['/pkg/', '.']]],
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', [['-x', 'allow'], ['-x', false]]],
  ['ERR_REQUIRE_ASYNC_MODULE', [['/a.mjs', '/b.js'], [undefined, undefined], ['/a', undefined]]],
  ['ERR_REQUIRE_ESM', [
    ['/a.mjs', '/b.js'], ['/a.mjs', '/b.js', true], ['/a.js', '/b.js', '/pkg/package.json'],
    ['/a.js', false], ['/a.js', true, '/b.js'], ['/a.js', true, '/b.js', '/pkg/package.json'],
    ['/a.js', false, '/b.js', '/pkg/package.json'], ['/a.cjs', true, '/b.js', '/pkg/package.json'],
    ['/a.ts', true, null, '/p/package.json'], ['/x/a.js', false, '/y/a.js', '/p/package.json'],
  ]],
  ['ERR_SOCKET_BAD_PORT', [['port', 70000], ['port', 70000, true], ['port', 70000, false], ['Port', 'abc', true]]],
  ['ERR_TEST_FAILURE', [[new Error('x'), 'hook'], ['x', 'hook'], [{ message: 5 }, 'x'], [null, 'x'], [{}, 'x'], [5, 'x']]],
  ['ERR_TLS_CERT_ALTNAME_INVALID', [['reason', 'host', 'cert']]],
  ['ERR_UNSUPPORTED_DIR_IMPORT', [['/p', '/base', '/p/index.js'], ['x', '/b', undefined]]],
  ['ERR_UNSUPPORTED_ESM_URL_SCHEME', [
    [new URL('foo:bar'), ['file', 'data']], [new URL('c:/bar'), ['file', 'data', 'node']], [new URL('foo:bar'), ['file']],
  ]],
  ['ERR_VM_MODULE_LINK_FAILURE', [['msg', new Error('c')], ['m', 5]]],
  ['ERR_WORKER_INVALID_EXEC_ARGV', [[['--a', '--b']], [['--a'], 'opts']]],
  ['ERR_WORKER_PATH', [['foo'], ['file://x'], ['data:x'], ['data:text/javascript,x'], [new URL('http://x/')]]],
  ['ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', [['h3', ['h1', 'h2']]]],
  ['ERR_INSPECTOR_COMMAND', [[5, 'msg'], ['12abc', 'msg'], [5n, 'msg'], [{}, 'msg']]],
  ['ERR_SRI_PARSE', [['str', 'c', 5]]],
  ['ERR_PERFORMANCE_INVALID_TIMESTAMP', [[5], [-0]]],
  ['ERR_TLS_INVALID_PROTOCOL_VERSION', [['x', 'min'], [undefined, 'min']]],
  ['ERR_ASSERTION', [['m'], [{ a: 1 }], [5n], [-0], [Symbol('q')], [null], [undefined], [[1, 2]],
    [{ toString() { return 'TS'; } }], ['a%sb']]],
  ['ERR_INVALID_STATE', [[{ a: 1 }], ['x']]],
  ['ERR_INVALID_FD', [[-1.5], [5n]]],
  ['ERR_UNKNOWN_SIGNAL', [['SIGFOO']]],
  ['ERR_METHOD_NOT_IMPLEMENTED', [['_read()']]],
  ['ERR_STREAM_PREMATURE_CLOSE', [[]]],
  ['ERR_INVALID_THIS', [['URL']]],
];

for (const [code, lists] of specificCases) {
  lists.forEach((args, i) => {
    same(`errors ${code} case#${i}`,
      summarizeError(tryNew(coil.errors.codes[code], args)),
      summarizeError(tryNew(node.errors.codes[code], args)));
  });
}

// inspect() of node errors: `TypeError [ERR_X]: msg { code: ... }`.
compare('errors inspect ERR_INVALID_ARG_TYPE', (impl) =>
  inspectError(new impl.errors.codes.ERR_INVALID_ARG_TYPE('path', 'string', 1)));
compare('errors inspect ERR_INVALID_URL', (impl) =>
  inspectError(new impl.errors.codes.ERR_INVALID_URL('x', 'http://y')));
compare('errors empty message', (impl) => {
  const err = new impl.errors.codes.ERR_ACCESS_DENIED('');
  return [String(err), err.stack.split('\n')[0]];
});
compare('errors multi-line message stack', (impl) => {
  const err = new impl.errors.codes.ERR_ACCESS_DENIED('a\nb');
  return err.stack.split('\n').slice(0, 2);
});
compare('errors kIsNodeError', (impl) => {
  const err = new impl.errors.codes.ERR_INVALID_ARG_TYPE('a', 'string', 1);
  return [err[impl.errors.kIsNodeError], String(impl.errors.kIsNodeError),
    Object.prototype.hasOwnProperty.call(err, impl.errors.kIsNodeError),
    Object.prototype.hasOwnProperty.call(err, 'name'),
    typeof impl.errors.codes.ERR_INVALID_ARG_TYPE.prototype.toString,
    impl.errors.codes.ERR_INVALID_ARG_TYPE.HideStackFramesError !== undefined];
});
compare('errors prototype chain', (impl) => {
  const C = impl.errors.codes.ERR_OUT_OF_RANGE;
  return [Object.getPrototypeOf(C.prototype) === RangeError.prototype, C.length,
    new C('a', 'b', 1) instanceof C];
});

// SystemError-based codes.
const systemContexts = [
  { code: 'ENOENT', message: 'no such file', syscall: 'open', path: '/a', dest: '/b', errno: -2 },
  { code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_tty_init', errno: -9 },
  { code: 'EINVAL', message: 'cannot copy', syscall: 'cp', path: Buffer.from('/buf') },
];
for (const code of Object.keys(node.errors.codes)) {
  const NodeClass = node.errors.codes[code];
  if (!(NodeClass.prototype instanceof node.errors.SystemError)) continue;
  systemContexts.forEach((ctx, i) => {
    compare(`errors SystemError ${code} ctx#${i}`, (impl) => {
      const err = new impl.errors.codes[code]({ ...ctx });
      return [summarizeError(err), inspectError(err), err instanceof impl.errors.SystemError];
    });
  });
}
compare('errors SystemError accessors', (impl) => {
  const ctx = { code: 'X', message: 'm', syscall: 's', errno: 1, path: Buffer.from('pp') };
  const err = new impl.errors.codes.ERR_SYSTEM_ERROR(ctx);
  const before = [err.path, typeof err.path, err.info === ctx];
  err.errno = 5;
  err.path = 'q';
  return [...before, err.errno, ctx.errno, show(ctx.path), err.path, impl.errors.SystemError.length];
});

// "Received ..." descriptions.
compare('errors determineSpecificType', (impl) => [
  null, undefined, 1, 'abc', 'a'.repeat(30), 'a'.repeat(25), 'a'.repeat(26), "a'b", 10n, Symbol('x'),
  true, function f() {}, () => {}, class A {}, {}, [], Object.create(null), new (class Foo {})(),
  { constructor: { name: '' } }, { constructor: {} }, { constructor: null }, -0, NaN, 1e21,
  'a\nb', [1, 2, 3].values(), new Map(), Promise.resolve(),
].map((v) => impl.errors.determineSpecificType(v)));

compare('errors formatList', (impl) => [
  impl.errors.formatList(['a', 'b', 'c']), impl.errors.formatList(['a', 'b']),
  impl.errors.formatList(['a']), impl.errors.formatList(['a', 'b', 'c'], 'or'),
  impl.errors.formatList([]),
]);

compare('errors hideStackFrames', (impl) => {
  const fn = impl.errors.hideStackFrames((a) => a * 2);
  return [fn(3), typeof fn.withoutStackTrace, fn.withoutStackTrace(4)];
});

compare('errors isErrorStackTraceLimitWritable', (impl) => impl.errors.isErrorStackTraceLimitWritable());

// AbortError
for (const [i, args] of [[], ['msg'], [undefined, { cause: 'why' }], ['m', 5], ['m', null], [undefined, {}]].entries()) {
  compare(`errors AbortError#${i}`, (impl) => {
    const err = new impl.errors.AbortError(...args);
    return [summarizeError(err), inspectError(err), 'cause' in err, err.cause];
  });
}
compare('errors AbortError class', (impl) => [
  impl.errors.AbortError.name, impl.errors.AbortError.length,
  Object.getPrototypeOf(impl.errors.AbortError.prototype) === Error.prototype,
]);

// libuv / system errors
same('errors getSystemErrorMap',
  show([...coil.errors.getSystemErrorMap()]), show([...util.getSystemErrorMap()]));
for (const value of [-2, -13, -9999, -3008, -1.5, 0, 1, 'x', NaN, -(2 ** 60), -4095]) {
  same(`errors getSystemErrorName(${show(value)})`,
    outcome(() => coil.errors.getSystemErrorName(value)),
    outcome(() => util.getSystemErrorName(value)));
}
compare('errors uvErrmapGet', (impl) => [impl.errors.uvErrmapGet(-2), impl.errors.uvErrmapGet(-111),
  impl.errors.uvErrmapGet(-9999)]);

const uvContexts = [
  { errno: -2, syscall: 'open', path: '/x' },
  { errno: -2, syscall: 'rename', path: '/x', dest: '/y' },
  { errno: -13, syscall: 'open', path: '/x', message: 'custom' },
  { errno: -9999, syscall: 'open' },
  { errno: -2, syscall: 'open', path: Buffer.from('/b') },
  { errno: -17, syscall: 'mkdir', path: '/tmp' },
];
uvContexts.forEach((ctx, i) => {
  same(`errors uvException#${i}`,
    (() => { const e = coil.errors.uvException({ ...ctx }); return [e.message, e.name, show(e.errno), e.code, e.syscall, e.path, e.dest]; })(),
    (() => { const e = new node.errors.UVException({ ...ctx }); return [e.message, e.name, show(e.errno), e.code, e.syscall, e.path, e.dest]; })());
});

// Real fs errors fix the property order users see.
const fs = require('fs');
const fsCases = [
  [() => fs.readFileSync('/nonexistent-coil-test'), { errno: -2, syscall: 'open', path: '/nonexistent-coil-test' }],
  [() => fs.renameSync('/nonexistent-coil-test', '/x'), { errno: -2, syscall: 'rename', path: '/nonexistent-coil-test', dest: '/x' }],
  [() => fs.mkdirSync('/tmp'), { errno: -17, syscall: 'mkdir', path: '/tmp' }],
  [() => fs.closeSync(99999), { errno: -9, syscall: 'close' }],
  [() => fs.readdirSync('/etc/passwd'), { code: 'ENOTDIR', syscall: 'scandir', path: '/etc/passwd' }],
];
fsCases.forEach(([trigger, ctx], i) => {
  let real;
  try {
    trigger();
  } catch (err) {
    real = err;
  }
  same(`errors uvException matches fs error#${i}`,
    inspectError(coil.errors.uvException(ctx)), inspectError(real));
});

for (const [name, args] of [
  ['errnoException', [[-2, 'open', 'extra'], [-2, 'open'], [-9999, 'read']]],
  ['exceptionWithHostPort', [[-111, 'connect', '127.0.0.1', 80], [-111, 'connect', '127.0.0.1', 80, 'x'],
    [-111, 'connect', '127.0.0.1'], [-98, 'listen', '::', 0]]],
  ['dnsException', [[-3008, 'getaddrinfo', 'foo.invalid'], ['ENOTFOUND', 'queryA', 'foo.invalid'],
    [-3001, 'getaddrinfo'], [-3007, 'getaddrinfo', 'h']]],
  ['uvExceptionWithHostPort', [[-111, 'connect', '1.2.3.4', 80], [-98, 'bind', '::'], [-9999, 'connect', 'h', 1]]],
  ['connResetException', [['socket hang up']]],
]) {
  const nodeName = { errnoException: 'ErrnoException', exceptionWithHostPort: 'ExceptionWithHostPort',
    dnsException: 'DNSException', uvExceptionWithHostPort: 'UVExceptionWithHostPort',
    connResetException: 'ConnResetException' }[name];
  args.forEach((a, i) => {
    same(`errors ${name}#${i}`,
      inspectError(coil.errors[name](...a)), inspectError(new node.errors[nodeName](...a)));
  });
}

compare('errors aggregateTwoErrors', (impl) => {
  const a = new Error('a');
  const b = new Error('b');
  b.code = 'B';
  const agg = impl.errors.aggregateTwoErrors(a, b);
  const withErrors = Object.assign(new Error('c'), { errors: [] });
  return [agg.name, agg.message, agg.code, agg.errors.map((e) => e.message),
    impl.errors.aggregateTwoErrors(null, b) === b, impl.errors.aggregateTwoErrors(a, null) === a,
    impl.errors.aggregateTwoErrors(a, a) === a,
    impl.errors.aggregateTwoErrors(a, withErrors) === withErrors, withErrors.errors.length];
});

// Coil-only additions
{
  const err = new coil.errors.codes.ERR_NOT_IMPLEMENTED('fs.watch');
  same('errors ERR_NOT_IMPLEMENTED', [err.name, err.code, err.message, String(err)],
    ['Error', 'ERR_NOT_IMPLEMENTED', 'fs.watch is not implemented in Coil yet',
      'Error [ERR_NOT_IMPLEMENTED]: fs.watch is not implemented in Coil yet']);
  same('errors uvException by code name',
    coil.errors.uvException({ code: 'EACCES', syscall: 'open', path: '/p' }).errno, -13);
  same('errors table size >= 250', Object.keys(coil.errors.codes).length >= 250, true);
  const missing = Object.keys(node.errors.codes).filter((c) => !(c in coil.errors.codes));
  same('errors covers every node code', missing, []);
}

// ===========================================================================
// internal/validators

const sampleValues = [
  undefined, null, 0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, -(2 ** 31) - 1,
  2 ** 53, 'str', '', '0', '755', '0o7', '8', 'abc', 'abcd', true, false, {}, [], ['a'], [1], [true],
  ['a', 1], () => {}, async () => {}, function* gen() {}, async function* agen() {}, Symbol('s'), 10n,
  new Uint8Array(2), new DataView(new ArrayBuffer(2)), new ArrayBuffer(2), Buffer.from('x'),
  new AbortController().signal, { aborted: false }, Object.create(null), new Map(), 'SIGTERM',
  'sigterm', 'SIGFOO', 'sigfoo', 80, 65535, 65536, '80', ' ', '80.5', -80, [new AbortController().signal],
  { x: 1 },
];

const validatorCalls = [
  ['isInt32', (v) => [v]], ['isUint32', (v) => [v]],
  ['parseFileMode', (v) => [v, 'mode']], ['parseFileMode', (v) => [v, 'mode', 0o644]],
  ['validateString', (v) => [v, 'name']],
  ['validateNumber', (v) => [v, 'n']], ['validateNumber', (v) => [v, 'n', 0]],
  ['validateNumber', (v) => [v, 'n', 0, 10]], ['validateNumber', (v) => [v, 'n', undefined, 10]],
  ['validateNumber', (v) => [v, 'n', null, 10]],
  ['validateInteger', (v) => [v, 'n']], ['validateInteger', (v) => [v, 'n', 0, 100]],
  ['validateInt32', (v) => [v, 'n']], ['validateInt32', (v) => [v, 'n', 0, 10]],
  ['validateUint32', (v) => [v, 'n']], ['validateUint32', (v) => [v, 'n', true]],
  ['validateBoolean', (v) => [v, 'b']],
  ['validateObject', (v) => [v, 'o']],
  ...['kValidateObjectNone', 'kValidateObjectAllowNullable', 'kValidateObjectAllowArray',
    'kValidateObjectAllowFunction', 'kValidateObjectAllowObjects', 'kValidateObjectAllowObjectsAndNull']
    .map((flag) => ['validateObject', (v, impl) => [v, 'o', impl.validators[flag]], flag]),
  ['validateDictionary', (v) => [v, 'd']],
  ['validateArray', (v) => [v, 'a']], ['validateArray', (v) => [v, 'a', 2]],
  ['validateStringArray', (v) => [v, 'a']], ['validateBooleanArray', (v) => [v, 'a']],
  ['validateAbortSignalArray', (v) => [v, 'signals']],
  ['validateSignalName', (v) => [v]], ['validateSignalName', (v) => [v, 'sig']],
  ['validateBuffer', (v) => [v]], ['validateBuffer', (v) => [v, 'buf']],
  ['validateEncoding', () => ['abc', 'hex']], ['validateEncoding', () => ['abcd', 'HEX']],
  ['validateEncoding', () => ['abc', 'utf8']],
  ['validateEncoding', (v) => [typeof v === 'string' || Array.isArray(v) ? v : 'abc', v]],
  ['validatePort', (v) => [v]], ['validatePort', (v) => [v, 'p', false]],
  ['validateAbortSignal', (v) => [v, 's']],
  ['validateFunction', (v) => [v, 'f']], ['validatePlainFunction', (v) => [v, 'f']],
  ['validateUndefined', (v) => [v, 'u']],
  ['validateUnion', (v) => [v, 'u', ['a', 'b']]],
  ['validateOneOf', (v) => [v, 'o', ['str', 'b', 1, 80]]],
  ['validateFiniteNumber', (v) => [v, 'f']],
  ['checkRangesOrGetDefault', (v) => [v, 'c', 0, 10, 5]],
  ['validateInternalField', (v) => [v, 'x', 'Foo']],
];

for (const [name, makeArgs, label] of validatorCalls) {
  sampleValues.forEach((value, i) => {
    compare(`validators ${name}${label ? `(${label})` : ''} value#${i} ${show(value).slice(0, 30)}`,
      (impl) => impl.validators[name](...makeArgs(value, impl)));
  });
}
compare('validators constants', (impl) => [
  impl.validators.kValidateObjectNone, impl.validators.kValidateObjectAllowNullable,
  impl.validators.kValidateObjectAllowArray, impl.validators.kValidateObjectAllowFunction,
  impl.validators.kValidateObjectAllowObjects, impl.validators.kValidateObjectAllowObjectsAndNull,
]);
{
  const missing = Object.keys(node.validators)
    .filter((k) => !(k in coil.validators) && k !== 'validateLinkHeaderValue');
  same('validators covers node exports', missing, []);
  // Legacy option objects are accepted too.
  same('validators validateObject legacy options',
    [outcome(() => coil.validators.validateObject(null, 'o', { nullable: true })),
      outcome(() => coil.validators.validateObject([], 'o', { allowArray: true }))],
    [{ returned: 'undefined' }, { returned: 'undefined' }]);
}

// ===========================================================================
// events: EventEmitter

const EEcase = (name, fn) => compare(`events ${name}`, (impl) => fn(impl.events, impl));

EEcase('exports', (EE) => [Object.keys(EE), Reflect.ownKeys(EE).map(String),
  Object.keys(EE).map((k) => typeof EE[k]), EE.name, EE.length, EE.EventEmitter === EE,
  EE.usingDomains, EE.captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  String(EE.errorMonitor), EE.defaultMaxListeners, EE.captureRejections,
  String(EE.kMaxEventTargetListeners), String(EE.kMaxEventTargetListenersWarned),
  [EE.init.name, EE.setMaxListeners.name, EE.listenerCount.name],
  Object.getOwnPropertyDescriptor(EE, 'defaultMaxListeners').configurable,
  Object.getOwnPropertyDescriptor(EE, 'captureRejections').enumerable,
  util.types.isAsyncFunction(EE.once)]);

EEcase('prototype', (EE) => [Reflect.ownKeys(EE.prototype).map(String),
  EE.prototype.on === EE.prototype.addListener, EE.prototype.off === EE.prototype.removeListener,
  Object.keys(EE.prototype), EE.prototype.on.name, EE.prototype.off.name,
  Object.getOwnPropertyNames(EE.prototype).map((k) => typeof EE.prototype[k] === 'function' ? `${k}:${EE.prototype[k].length}` : k)]);

EEcase('inspect new emitter', (EE) => show(new EE()));
EEcase('inspect with listeners', (EE) => {
  const e = new EE();
  e.on('a', () => {});
  e.on('b', () => {});
  e.on('b', function named() {});
  e.once('c', () => {});
  e.on(Symbol('s'), () => {});
  return [show(e), util.inspect(e, { showHidden: true, breakLength: Infinity })];
});
EEcase('inspect subclass & captureRejections', (EE) => {
  class Foo extends EE {}
  return [show(new Foo()), show(new EE({ captureRejections: true })), show(new EE({ captureRejections: false }))];
});
EEcase('constructor options errors', (EE) => outcome(() => new EE({ captureRejections: 1 })));
EEcase('legacy inheritance', (EE) => {
  function Legacy() {
    EE.call(this);
    this.x = 1;
  }
  util.inherits(Legacy, EE);
  const l = new Legacy();
  const log = [];
  l.on('a', (v) => log.push(v));
  l.emit('a', 1);
  return [log, show(l)];
});
EEcase('init twice keeps listeners (shape mode)', (EE) => {
  const e = new EE();
  e.on('a', () => {});
  EE.init.call(e);
  const before = show(e);
  e.removeListener('a', e.listeners('a')[0]);
  return [before, show(e), e.eventNames(), e.listenerCount('a')];
});

EEcase('listener order and emit results', (EE) => {
  const e = new EE();
  const log = [];
  e.on('x', (a, b) => log.push(['a', a, b]));
  e.on('x', function(...args) { log.push(['b', this === e, args.length]); });
  e.prependListener('x', () => log.push(['c']));
  const r1 = e.emit('x', 1, 2);
  const r2 = e.emit('nothing');
  const r3 = e.emit('x');
  return [log, r1, r2, r3];
});
EEcase('emit argument counts', (EE) => {
  const e = new EE();
  const log = [];
  e.on('x', (...args) => log.push(args));
  e.on('y', (...args) => log.push(['y', ...args]));
  e.on('y', (...args) => log.push(['y2', ...args]));
  for (let n = 0; n <= 6; n++) {
    const args = Array.from({ length: n }, (_, i) => i);
    e.emit('x', ...args);
    e.emit('y', ...args);
  }
  e.emit('x', undefined);
  return log;
});
EEcase('once and prependOnceListener', (EE) => {
  const e = new EE();
  const log = [];
  e.once('x', (v) => log.push(['once', v]));
  e.prependOnceListener('x', (v) => log.push(['pre-once', v]));
  e.on('x', (v) => log.push(['on', v]));
  const raw = e.rawListeners('x').map((f) => [f.name, typeof f.listener]);
  const plain = e.listeners('x').map((f) => f.name);
  e.emit('x', 1);
  e.emit('x', 2);
  const rawOnce = new EE();
  const fn = () => log.push('raw-call');
  rawOnce.once('y', fn);
  const wrapper = rawOnce.rawListeners('y')[0];
  wrapper();
  wrapper();
  return [log, raw, plain, rawOnce.listenerCount('y'), wrapper.listener === fn];
});
EEcase('remove during emit uses a snapshot', (EE) => {
  const e = new EE();
  const log = [];
  const b = () => log.push('b');
  e.on('x', () => {
    log.push('a');
    e.removeListener('x', b);
    e.on('x', () => log.push('late'));
  });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  return [log, e.listenerCount('x')];
});
EEcase('newListener and removeListener events', (EE) => {
  const e = new EE();
  const log = [];
  e.on('newListener', (type, fn) => log.push(['new', String(type), fn.name]));
  e.on('removeListener', (type, fn) => log.push(['remove', String(type), fn.name]));
  function foo() {}
  function bar() {}
  e.on('a', foo);
  e.once('a', bar);
  e.prependListener('b', foo);
  e.emit('a');
  e.removeListener('a', foo);
  e.off('b', foo);
  e.on('c', foo);
  e.on('c', bar);
  e.on('d', foo);
  e.removeAllListeners('c');
  e.removeAllListeners();
  return [log, show(e), e.eventNames()];
});
EEcase('newListener sees listener before it is added', (EE) => {
  const e = new EE();
  const log = [];
  e.on('newListener', (type) => {
    if (type === 'x') log.push(e.listenerCount('x'));
  });
  e.on('x', () => {});
  e.on('x', () => {});
  return log;
});
EEcase('removeAllListeners variants', (EE) => {
  const e = new EE();
  e.on('a', () => {});
  e.on('b', () => {});
  e.on('b', () => {});
  e.removeAllListeners('b');
  const s1 = [show(e), e.eventNames()];
  e.removeAllListeners('nothing');
  e.removeAllListeners(undefined);
  const s2 = [show(e), e.eventNames()];
  e.removeAllListeners();
  return [s1, s2, show(e), e.removeAllListeners() === e];
});
EEcase('removeListener edge cases', (EE) => {
  const e = new EE();
  const f = () => {};
  const g = () => {};
  const log = [];
  e.removeListener('none', f);
  e.on('x', f);
  e.removeListener('x', g);
  log.push(e.listenerCount('x'));
  e.on('x', f);
  e.on('x', g);
  e.on('x', f);
  e.removeListener('x', f);
  log.push(e.rawListeners('x').map((fn) => (fn === f ? 'f' : 'g')));
  e.once('y', f);
  e.removeListener('y', f);
  log.push(e.listenerCount('y'), e.eventNames());
  log.push(outcome(() => e.removeListener('x', 'nope')));
  log.push(outcome(() => e.on('x', null)));
  log.push(outcome(() => e.once('x', {})));
  log.push(outcome(() => e.prependListener('x', 1)));
  log.push(outcome(() => e.prependOnceListener('x', 1)));
  return log;
});
EEcase('listenerCount', (EE) => {
  const e = new EE();
  const f = () => {};
  const g = () => {};
  e.on('x', f);
  const single = [e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g)];
  e.on('x', g);
  e.once('x', f);
  const multi = [e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g), e.listenerCount('y')];
  return [single, multi, EE.listenerCount(e, 'x'), EE.listenerCount({ listenerCount: () => 42 }, 'x'),
    new EE().listenerCount('x')];
});
EEcase('eventNames with symbols', (EE) => {
  const e = new EE();
  const s = Symbol('sym');
  e.on('b', () => {});
  e.on(s, () => {});
  e.on('a', () => {});
  e.on('1', () => {});
  const before = e.eventNames().map(String);
  e.removeAllListeners('b');
  return [before, e.eventNames().map(String), new EE().eventNames()];
});
EEcase('error events', (EE) => {
  const results = [];
  for (const value of [new Error('boom'), new TypeError('t'), 5, { a: 1 }, undefined, 'str', null]) {
    const e = new EE();
    try {
      if (value === undefined) e.emit('error');
      else e.emit('error', value);
      results.push('no throw');
    } catch (err) {
      results.push([err === value, summarizeError(err), show(err.context)]);
    }
  }
  const handled = new EE();
  const log = [];
  handled.on('error', (err) => log.push(['handled', err]));
  handled.on(EE.errorMonitor, (err) => log.push(['monitor', err]));
  const r = handled.emit('error', 'x');
  const monitorOnly = new EE();
  monitorOnly.on(EE.errorMonitor, (err) => log.push(['monitor-only', err.message]));
  results.push(outcome(() => monitorOnly.emit('error', new Error('m'))));
  const noEvents = Object.create(EE.prototype);
  results.push(outcome(() => noEvents.emit('error', 7)));
  results.push(outcome(() => noEvents.emit('other')));
  return [results, log, r];
});
// The fatal-error printer's "Emitted 'error' event at:" addition.
function raiseUnhandled(EE, Ctor) {
  const emitter = new Ctor();
  const err = new Error('boom');
  try {
    emitter.emit('error', err);
  } catch (thrown) {
    return thrown;
  }
  return null;
}
EEcase('unhandled error stack enhancement', (EE) => {
  const out = [];
  for (const Ctor of [EE, class Foo extends EE {}]) {
    const err = raiseUnhandled(EE, Ctor);
    const key = Object.getOwnPropertySymbols(err).find((s) => s.description === 'kEnhanceStackBeforeInspector');
    const desc = Object.getOwnPropertyDescriptor(err, key);
    // Positions differ only where the two runs are called from.
    out.push([desc.enumerable, desc.writable, desc.configurable,
      err[key]().replace(/:\d+:\d+/g, ':L:C')]);
  }
  return out;
});
EEcase('max listeners', (EE) => {
  const e = new EE();
  const log = [e.getMaxListeners()];
  log.push(e.setMaxListeners(3) === e, e.getMaxListeners());
  log.push(outcome(() => e.setMaxListeners(-1)));
  log.push(outcome(() => e.setMaxListeners('x')));
  log.push(outcome(() => e.setMaxListeners(NaN)));
  log.push(outcome(() => e.setMaxListeners()));
  e.setMaxListeners(Infinity);
  log.push(e.getMaxListeners());
  return log;
});
EEcase('defaultMaxListeners', (EE) => {
  const original = EE.defaultMaxListeners;
  const log = [];
  try {
    log.push(outcome(() => { EE.defaultMaxListeners = -1; }));
    log.push(outcome(() => { EE.defaultMaxListeners = 'x'; }));
    log.push(outcome(() => { EE.defaultMaxListeners = NaN; }));
    EE.defaultMaxListeners = 3;
    log.push(new EE().getMaxListeners(), EE.getMaxListeners(new EE()));
    EE.setMaxListeners(4);
    log.push(EE.defaultMaxListeners);
    log.push(outcome(() => EE.setMaxListeners(-1)));
  } finally {
    EE.defaultMaxListeners = original;
  }
  return log;
});
EEcase('captureRejections setting', (EE) => {
  const log = [];
  log.push(outcome(() => { EE.captureRejections = 'x'; }));
  try {
    EE.captureRejections = true;
    log.push(show(new EE()), EE.captureRejections);
  } finally {
    EE.captureRejections = false;
  }
  log.push(show(new EE()));
  return log;
});
EEcase('MaxListenersExceededWarning', (EE) => withWarnings(() => {
  const e = new EE();
  for (let i = 0; i < 12; i++) e.on('foo', () => {});
  for (let i = 0; i < 12; i++) e.on('foo', () => {});
  const s = Symbol('s2');
  for (let i = 0; i < 11; i++) e.on(s, () => {});
  class Foo extends EE {}
  const f = new Foo();
  for (let i = 0; i < 11; i++) f.on('bar', () => {});
  const one = new EE();
  one.setMaxListeners(1);
  one.on('a', () => {});
  one.prependListener('a', () => {});
  const unlimited = new EE();
  unlimited.setMaxListeners(0);
  for (let i = 0; i < 20; i++) unlimited.on('a', () => {});
  return [show(one), e.rawListeners('foo').warned];
}));

compareAsync('events captureRejections emits error', async (impl) => {
  const EE = impl.events;
  const log = [];
  const e = new EE({ captureRejections: true });
  e.on('x', async () => { throw new Error('rejected'); });
  e.on('error', (err) => log.push(['error', err.message]));
  e.emit('x');
  const withHook = new EE({ captureRejections: true });
  withHook.on('y', async () => { throw new Error('hooked'); });
  withHook[EE.captureRejectionSymbol] = (err, type, ...args) => log.push(['hook', err.message, type, args]);
  withHook.emit('y', 1, 2);
  const thenable = new EE({ captureRejections: true });
  thenable.on('t', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
  thenable.on('error', (err) => log.push(['thenable', err.message]));
  thenable.emit('t');
  await tick();
  await tick();
  return log;
});

// events.once / events.on

compareAsync('events.once resolves with arguments', async (impl) => {
  const EE = impl.events;
  const e = new EE();
  const p = EE.once(e, 'ready');
  const counts = [e.listenerCount('ready'), e.listenerCount('error')];
  e.emit('ready', 1, 'two');
  const value = await p;
  return [value, counts, e.listenerCount('ready'), e.listenerCount('error')];
});
compareAsync('events.once rejects on error', async (impl) => {
  const EE = impl.events;
  const e = new EE();
  const p = EE.once(e, 'ready');
  e.emit('error', new Error('bad'));
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return [err.message, e.listenerCount('ready'), e.listenerCount('error')];
  }
});
compareAsync('events.once for error event', async (impl) => {
  const EE = impl.events;
  const e = new EE();
  const p = EE.once(e, 'error');
  e.emit('error', new Error('as value'));
  const [err] = await p;
  return [err.message, e.listenerCount('error')];
});
compareAsync('events.once abort signal', async (impl) => {
  const EE = impl.events;
  const log = [];
  const e = new EE();
  const ac = new AbortController();
  const p = EE.once(e, 'never', { signal: ac.signal });
  log.push(e.listenerCount('never'));
  ac.abort('why');
  try {
    await p;
  } catch (err) {
    log.push(summarizeError(err), err.cause, e.listenerCount('never'), e.listenerCount('error'));
  }
  try {
    await EE.once(e, 'never', { signal: AbortSignal.abort('early') });
  } catch (err) {
    log.push(summarizeError(err), err.cause);
  }
  for (const bad of [{ signal: 1 }, { signal: null }]) {
    try {
      await EE.once(e, 'x', bad);
    } catch (err) {
      log.push(summarizeError(err));
    }
  }
  try {
    await EE.once({}, 'x');
  } catch (err) {
    log.push(summarizeError(err));
  }
  return log;
});
compareAsync('events.once with EventTarget', async (impl) => {
  const EE = impl.events;
  const { EventTarget, Event } = impl === node ? globalThis : impl.eventTarget;
  const et = new EventTarget();
  const p = EE.once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [event] = await p;
  const ac = new AbortController();
  const p2 = EE.once(et, 'pong', { signal: ac.signal });
  ac.abort();
  let aborted;
  try {
    await p2;
  } catch (err) {
    aborted = err.name;
  }
  return [event.type, event instanceof Event, aborted, EE.getEventListeners(et, 'pong').length];
});
compareAsync('events.on iterates events', async (impl) => {
  const EE = impl.events;
  const e = new EE();
  const it = EE.on(e, 'tick');
  const counts = [e.listenerCount('tick'), e.listenerCount('error')];
  e.emit('tick', 1);
  e.emit('tick', 2, 3);
  const seen = [];
  setImmediate(() => {
    e.emit('tick', 4);
    it.return();
  });
  for await (const value of it) seen.push(value);
  return [seen, counts, e.listenerCount('tick'), e.listenerCount('error'), await it.next(),
    Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype];
});
compareAsync('events.on error and abort', async (impl) => {
  const EE = impl.events;
  const log = [];
  const e = new EE();
  const it = EE.on(e, 'x');
  e.emit('x', 'a');
  e.emit('error', new Error('fail'));
  log.push(await it.next());
  try {
    await it.next();
  } catch (err) {
    log.push(['rejected', err.message]);
  }
  log.push(await it.next(), e.listenerCount('x'));

  const ac = new AbortController();
  const it2 = EE.on(e, 'y', { signal: ac.signal });
  const pending = it2.next();
  ac.abort('stop');
  try {
    await pending;
  } catch (err) {
    log.push(summarizeError(err), err.cause);
  }
  log.push(await it2.next(), e.listenerCount('y'));

  try {
    EE.on(e, 'z', { signal: AbortSignal.abort() });
  } catch (err) {
    log.push(summarizeError(err));
  }
  for (const bad of [{ signal: 1 }, 1, { highWaterMark: 0 }, { lowWaterMark: 'x' }]) {
    log.push(outcome(() => EE.on(e, 'z', bad)));
  }
  const it3 = EE.on(e, 'w');
  log.push(outcome(() => it3.throw('not an error')));
  it3.throw(new Error('thrown'));
  try {
    await it3.next();
  } catch (err) {
    log.push(['thrown', err.message]);
  }
  return log;
});
compareAsync('events.on close option and watermarks', async (impl) => {
  const EE = impl.events;
  const log = [];
  const e = new EE();
  const it = EE.on(e, 'data', { close: ['end', 'finish'] });
  e.emit('data', 1);
  e.emit('end');
  for await (const value of it) log.push(value);
  log.push(e.listenerCount('end'), e.listenerCount('data'));

  const s = new EE();
  s.pause = () => log.push('pause');
  s.resume = () => log.push('resume');
  const it2 = EE.on(s, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) s.emit('data', i);
  for (let i = 0; i < 4; i++) log.push((await it2.next()).value);
  await it2.return();
  return log;
});
compareAsync('events.on with EventTarget', async (impl) => {
  const EE = impl.events;
  const { EventTarget, Event } = impl === node ? globalThis : impl.eventTarget;
  const et = new EventTarget();
  const it = EE.on(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  const { value } = await it.next();
  await it.return();
  return [value.length, value[0].type, EE.getEventListeners(et, 'foo').length];
});

EEcase('getEventListeners and getMaxListeners', (EE, impl) => {
  const { EventTarget } = impl === node ? globalThis : impl.eventTarget;
  const e = new EE();
  const f = () => {};
  e.on('x', f);
  e.once('x', f);
  const et = new EventTarget();
  const handler = { handleEvent() {} };
  et.addEventListener('x', f);
  et.addEventListener('x', handler);
  et.addEventListener('x', f, { capture: true });
  return [EE.getEventListeners(e, 'x').map((l) => l === f), EE.getEventListeners(et, 'x').map((l) => l === f || l === handler),
    EE.getEventListeners(et, 'none'), EE.getEventListeners(e, 'none'),
    EE.getMaxListeners(e), EE.getMaxListeners(et),
    outcome(() => EE.getEventListeners({}, 'x')), outcome(() => EE.getMaxListeners({})),
    outcome(() => EE.getMaxListeners(null))];
});
EEcase('setMaxListeners static', (EE, impl) => {
  const { EventTarget } = impl === node ? globalThis : impl.eventTarget;
  const original = EE.defaultMaxListeners;
  try {
    const e = new EE();
    const et = new EventTarget();
    EE.setMaxListeners(2, e, et);
    const log = [e.getMaxListeners(), EE.getMaxListeners(et)];
    log.push(outcome(() => EE.setMaxListeners(1, {})));
    log.push(outcome(() => EE.setMaxListeners('x', e)));
    log.push(outcome(() => EE.setMaxListeners(-1, e)));
    const warned = withWarnings(() => {
      for (let i = 0; i < 3; i++) et.addEventListener('baz', () => {});
      for (let i = 0; i < 3; i++) et.addEventListener('qux', () => {});
      for (let i = 0; i < 3; i++) e.on('baz', () => {});
    }).warnings;
    log.push(warned);
    EE.setMaxListeners();
    log.push(EE.defaultMaxListeners);
    return log;
  } finally {
    EE.defaultMaxListeners = original;
  }
});
compareAsync('events.addAbortListener', async (impl) => {
  const EE = impl.events;
  const log = [];
  const ac = new AbortController();
  const disposable = EE.addAbortListener(ac.signal, () => log.push('aborted'));
  log.push(typeof disposable[Symbol.dispose], Object.getPrototypeOf(disposable));
  ac.abort();
  log.push('after abort');
  const ac2 = new AbortController();
  const d2 = EE.addAbortListener(ac2.signal, () => log.push('never'));
  d2[Symbol.dispose]();
  ac2.abort();
  EE.addAbortListener(AbortSignal.abort(), () => log.push('already aborted'));
  log.push('sync end');
  for (const [signal, fn] of [[undefined, () => {}], [{}, () => {}], [ac.signal, 5]]) {
    log.push(outcome(() => EE.addAbortListener(signal, fn)));
  }
  await tick();
  return log;
});

// ===========================================================================
// event_target: EventTarget, Event, CustomEvent

function webOf(impl) {
  if (impl === node) {
    return { EventTarget, Event, CustomEvent, NodeEventTarget: node.eventTarget.NodeEventTarget,
      defineEventHandler: node.eventTarget.defineEventHandler, events: node.events };
  }
  return { ...coil.eventTarget, events: coil.events };
}
const ETcase = (name, fn) => compare(`event_target ${name}`, (impl) => fn(webOf(impl)));
const ETcaseAsync = (name, fn) => compareAsync(`event_target ${name}`, (impl) => fn(webOf(impl)));

ETcase('Event basics', ({ Event }) => {
  const e = new Event('foo', { bubbles: true, cancelable: true, composed: true });
  const props = () => [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.returnValue,
    e.cancelBubble, e.target, e.currentTarget, e.srcElement, e.isTrusted, typeof e.timeStamp,
    e.composedPath(), e.eventPhase];
  const before = props();
  e.preventDefault();
  const afterPrevent = props();
  e.stopPropagation();
  const afterStop = props();
  return [before, afterPrevent, afterStop, show(e), Object.prototype.toString.call(e),
    Reflect.ownKeys(e).map(String), Object.keys(e)];
});
ETcase('Event defaults and options', ({ Event }) => {
  const log = [];
  for (const options of [undefined, null, {}, { cancelable: 1, bubbles: 'yes' }]) {
    const e = new Event('x', options);
    log.push([e.bubbles, e.cancelable, e.composed]);
  }
  const e = new Event('x');
  e.preventDefault();
  log.push([e.defaultPrevented, e.returnValue]);
  const stop = new Event('x');
  stop.stopImmediatePropagation();
  log.push(stop.cancelBubble);
  const cb = new Event('x');
  cb.cancelBubble = false;
  log.push(cb.cancelBubble);
  cb.cancelBubble = true;
  log.push(cb.cancelBubble);
  log.push(new Event(5).type, new Event(null).type, new Event({}).type, new Event(undefined).type);
  for (const args of [[], ['x', 5], ['x', () => {}], ['x', [1]], [Symbol('x')]]) {
    log.push(outcome(() => new Event(...args)));
  }
  log.push(outcome(() => Event('x')));
  const init = new Event('a');
  init.initEvent('b', true, true);
  log.push([init.type, init.bubbles, init.cancelable], outcome(() => init.initEvent()));
  return log;
});
ETcase('Event interface shape', ({ Event, CustomEvent }) => {
  const keys = [];
  for (const k in new Event('x')) keys.push(k);
  const ckeys = [];
  for (const k in new CustomEvent('x')) ckeys.push(k);
  return [keys, ckeys, Reflect.ownKeys(Event).map(String), [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
    new Event('x').NONE, Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
    Reflect.ownKeys(Event.prototype).map(String).filter((k) => !k.startsWith('Symbol(nodejs')),
    Object.getOwnPropertyDescriptor(Event.prototype, Symbol.toStringTag),
    Object.getOwnPropertyDescriptor(Event.prototype, 'preventDefault').enumerable,
    Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.name,
    Event.length, CustomEvent.length, Event.name, CustomEvent.name,
    Reflect.ownKeys(CustomEvent.prototype).map(String)];
});
ETcase('Event wrong this', ({ Event, CustomEvent }) => {
  const log = [];
  for (const key of ['type', 'target', 'defaultPrevented', 'cancelBubble', 'isTrusted', 'timeStamp']) {
    log.push(outcome(() => Object.getOwnPropertyDescriptor(Event.prototype, key).get.call({})));
  }
  for (const key of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath']) {
    log.push(outcome(() => Event.prototype[key].call({})));
  }
  log.push(outcome(() => Event.prototype.type));
  log.push(outcome(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('q'))));
  return log;
});
ETcase('Event inspect', ({ Event, CustomEvent }) => [
  show(new Event('foo', { cancelable: true })), show(new CustomEvent('c', { detail: { a: 1 } })),
  show({ a: new Event('x') }), util.inspect(new Event('x'), { depth: -1 }),
  show(new (class MyEvent extends Event {})('m')),
]);
ETcase('CustomEvent', ({ CustomEvent, Event }) => {
  const c = new CustomEvent('c', { detail: { a: 1 } });
  return [c.detail, new CustomEvent('c').detail, new CustomEvent('c', { detail: undefined }).detail,
    new CustomEvent('c', { detail: 0 }).detail, c instanceof Event, Object.prototype.toString.call(c),
    outcome(() => new CustomEvent()), outcome(() => new CustomEvent('x', 5)), c.type];
});

ETcase('EventTarget shape', ({ EventTarget }) => {
  const et = new EventTarget();
  return [show(et), Reflect.ownKeys(et).map(String),
    ['constructor', 'addEventListener', 'removeEventListener', 'dispatchEvent']
      .map((k) => [k, Object.getOwnPropertyDescriptor(EventTarget.prototype, k).enumerable]),
    Object.getOwnPropertyDescriptor(EventTarget.prototype, Symbol.toStringTag),
    Object.prototype.toString.call(et), EventTarget.length,
    EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length,
    EventTarget.prototype.dispatchEvent.length, util.inspect(et, { depth: -1 }),
    show(new (class MyET extends EventTarget {})()), EventTarget[Symbol.for('nodejs.event_target')]];
});
ETcase('dispatch order, duplicates, capture', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  const f = () => log.push('f');
  et.addEventListener('d', f);
  et.addEventListener('d', f);
  et.addEventListener('d', f, { capture: true });
  et.addEventListener('d', f, true);
  et.addEventListener('d', function(ev) { log.push(['this', this === et, ev.target === et]); });
  log.push(et.dispatchEvent(new Event('d')));
  et.removeEventListener('d', f);
  et.dispatchEvent(new Event('d'));
  et.removeEventListener('d', f, { capture: true });
  et.dispatchEvent(new Event('d'));
  return log;
});
ETcase('first listener sees the dispatch state', ({ EventTarget, Event }) => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', (ev) => {
    log.push([ev.currentTarget === et, ev.eventPhase, ev.composedPath().length, ev.target === et]);
    log.push(outcome(() => et.dispatchEvent(ev)));
  });
  const e = new Event('x');
  et.dispatchEvent(e);
  log.push([e.currentTarget, e.target === et, e.eventPhase, e.composedPath(), e.srcElement === et]);
  return log;
});
ETcase('add and remove during dispatch', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  function c() { log.push('c'); }
  et.addEventListener('x', () => {
    log.push('a');
    et.addEventListener('x', () => log.push('added'));
  });
  et.addEventListener('x', () => {
    log.push('b');
    et.removeEventListener('x', c);
  });
  et.addEventListener('x', c);
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  return log;
});
ETcase('once, passive, preventDefault', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  et.addEventListener('o', () => log.push('once'), { once: true });
  et.dispatchEvent(new Event('o'));
  et.dispatchEvent(new Event('o'));
  et.addEventListener('p', (e) => { e.preventDefault(); log.push(['passive', e.defaultPrevented]); }, { passive: true });
  et.addEventListener('p', (e) => log.push(['after', e.defaultPrevented]));
  const ev = new Event('p', { cancelable: true });
  log.push(et.dispatchEvent(ev), ev.defaultPrevented);
  et.addEventListener('q', (e) => e.preventDefault());
  log.push(et.dispatchEvent(new Event('q')), et.dispatchEvent(new Event('q', { cancelable: true })));
  return log;
});
ETcase('handleEvent objects', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  const obj = { handleEvent(e) { log.push(['handle', this === obj, e.type]); } };
  et.addEventListener('h', obj);
  et.dispatchEvent(new Event('h'));
  obj.handleEvent = function() { log.push('swapped'); };
  et.dispatchEvent(new Event('h'));
  const empty = {};
  et.addEventListener('e', empty);
  et.dispatchEvent(new Event('e'));
  log.push(et.dispatchEvent(new Event('e')));
  et.removeEventListener('h', obj);
  et.dispatchEvent(new Event('h'));
  return log;
});
ETcase('stopImmediatePropagation', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  et.addEventListener('s', (e) => {
    log.push('1');
    e.stopImmediatePropagation();
    log.push(e.cancelBubble);
  });
  et.addEventListener('s', () => log.push('2'));
  const ev = new Event('s');
  et.dispatchEvent(ev);
  et.dispatchEvent(ev);
  et.addEventListener('t', (e) => { log.push('t1'); e.stopPropagation(); });
  et.addEventListener('t', () => log.push('t2'));
  et.dispatchEvent(new Event('t'));
  return [log, ev.cancelBubble];
});
ETcase('signal option', ({ EventTarget, Event }) => {
  const log = [];
  const et = new EventTarget();
  const ac = new AbortController();
  et.addEventListener('sig', () => log.push('sig'), { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  ac.abort();
  et.dispatchEvent(new Event('sig'));
  et.addEventListener('sig2', () => log.push('sig2'), { signal: ac.signal });
  et.dispatchEvent(new Event('sig2'));
  log.push(outcome(() => et.addEventListener('x', () => {}, { signal: 5 })));
  log.push(outcome(() => et.addEventListener('x', () => {}, { signal: null })));
  return log;
});
ETcase('argument errors', ({ EventTarget }) => {
  const et = new EventTarget();
  return [
    outcome(() => et.addEventListener('x', 5)), outcome(() => et.addEventListener('x')),
    outcome(() => et.addEventListener()), outcome(() => et.addEventListener('x', () => {}, 5)),
    outcome(() => et.addEventListener('x', () => {}, 'str')),
    outcome(() => et.dispatchEvent('x')), outcome(() => et.dispatchEvent()),
    outcome(() => et.dispatchEvent({ type: 'x' })),
    outcome(() => et.removeEventListener('x')), outcome(() => et.removeEventListener('x', null)),
    outcome(() => et.removeEventListener('x', 5)),
    outcome(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {})),
    outcome(() => EventTarget.prototype.dispatchEvent.call({}, null)),
    outcome(() => et.addEventListener(Symbol('s'), () => {})),
  ];
});
ETcase('null listener warnings', ({ EventTarget }) => withWarnings(() => {
  const et = new EventTarget();
  et.addEventListener('x', null);
  et.addEventListener('y', undefined);
  return et.dispatchEvent instanceof Function;
}));
ETcase('MaxListeners warning', ({ EventTarget }) => withWarnings(() => {
  const et = new EventTarget();
  for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});
  for (let i = 0; i < 12; i++) et.addEventListener('bar', () => {});
  class Sub extends EventTarget {}
  const sub = new Sub();
  for (let i = 0; i < 11; i++) sub.addEventListener('foo', () => {});
  return 'done';
}));
ETcaseAsync('listener errors become uncaught exceptions', async ({ EventTarget, Event }) => {
  const log = [];
  const onUncaught = (err) => log.push(['uncaught', err.message]);
  const listeners = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', onUncaught);
  try {
    const et = new EventTarget();
    et.addEventListener('err', () => { throw new Error('boom'); });
    et.addEventListener('err', () => log.push('after err'));
    log.push(et.dispatchEvent(new Event('err')));
    et.addEventListener('h', { handleEvent() { throw new Error('hboom'); } });
    et.dispatchEvent(new Event('h'));
    et.addEventListener('a', async () => { throw new Error('aboom'); });
    et.dispatchEvent(new Event('a'));
    log.push('sync done');
    await tick();
    await tick();
  } finally {
    process.removeListener('uncaughtException', onUncaught);
    for (const l of listeners) process.on('uncaughtException', l);
  }
  return log;
});

ETcase('NodeEventTarget', ({ NodeEventTarget }) => {
  const log = [];
  const t = new NodeEventTarget();
  log.push(show(t), Reflect.ownKeys(t).map(String));
  t.on('foo', (a) => log.push(['node-style', a]));
  t.addEventListener('foo', (e) => log.push(['web', e.constructor.name, e.detail, e.type]));
  log.push(t.emit('foo', 42), t.listenerCount('foo'), t.eventNames(), t.getMaxListeners(), t.emit('zz', 1));
  t.once('o', (a) => log.push(['once', a]));
  t.emit('o', 1);
  t.emit('o', 2);
  const f = () => log.push('f');
  t.addListener('r', f);
  log.push(t.off('r', f) === t, t.listenerCount('r'));
  t.removeAllListeners('foo');
  log.push(t.listenerCount('foo'), t.eventNames());
  t.on('a', f).on('b', f);
  t.removeAllListeners();
  log.push(t.eventNames());
  t.setMaxListeners(3);
  log.push(t.getMaxListeners(), NodeEventTarget.defaultMaxListeners);
  log.push(outcome(() => t.emit(5)), outcome(() => NodeEventTarget.prototype.on.call({}, 'x', f)));
  return log;
});
ETcase('defineEventHandler', ({ EventTarget, Event, defineEventHandler }) => {
  const log = [];
  class H extends EventTarget {}
  defineEventHandler(H.prototype, 'ping');
  const h = new H();
  const desc = Object.getOwnPropertyDescriptor(H.prototype, 'onping');
  log.push(h.onping, desc.get.name, desc.set.name, desc.enumerable, desc.configurable);
  h.onping = (e) => log.push(['onping', e.type]);
  h.addEventListener('ping', () => log.push('second'));
  h.dispatchEvent(new Event('ping'));
  h.onping = function(e) { log.push(['replaced', this === h]); };
  h.dispatchEvent(new Event('ping'));
  h.onping = null;
  h.dispatchEvent(new Event('ping'));
  log.push(h.onping);
  h.onping = 5;
  log.push(h.onping);
  return log;
});

// Where Coil follows the DOM standard rather than a Node 20 quirk.
{
  const { EventTarget, Event } = coil.eventTarget;
  const et = new EventTarget();
  const seen = [];
  et.addEventListener('x', (e) => seen.push(e.currentTarget === et));
  et.addEventListener('x', (e) => seen.push(e.currentTarget === et, e.eventPhase));
  et.dispatchEvent(new Event('x'));
  same('event_target currentTarget stays set for every listener', seen, [true, true, 2]);
  const calls = [];
  const f = () => calls.push('f');
  et.addEventListener('c', f, true);
  et.removeEventListener('c', f, true);
  et.dispatchEvent(new Event('c'));
  same('event_target removeEventListener(type, fn, true) removes the capture listener', calls, []);
  same('events EventEmitterAsyncResource is not implemented yet',
    outcome(() => new coil.events.EventEmitterAsyncResource()).threw.code, 'ERR_NOT_IMPLEMENTED');
}

// ---------------------------------------------------------------------------

(async () => {
  for (const run of asyncCases) await run();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
})();
