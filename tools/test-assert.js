#!/usr/bin/env node
'use strict';

// Compares Coil's node:assert and deep equality (stdlib/assert.js,
// stdlib/internal/util/comparisons.js, loaded under node through
// tools/stdlib-under-node.js) with node's own on thousands of generated
// value pairs: the results of isDeepStrictEqual / deepEqual in both
// directions, and the messages of every failing assertion.
//
// Usage: node tools/test-assert.js [count] [seed]
// Ends with `N passed, N failed`; exits 1 on failure.

const path = require('path');
const nodeAssert = require('assert');
const nodeUtil = require('util');
const { loadStdlib } = require(path.join(__dirname, 'stdlib-under-node.js'));

const coilAssert = loadStdlib('assert');
const coilCmp = loadStdlib('internal/util/comparisons');

Error.stackTraceLimit = 0;
const count = Number(process.argv[2] || 3000);
let seed = Number(process.argv[3] || 12345);

function random() {
  // Deterministic xorshift.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return ((seed >>> 0) % 1000000) / 1000000;
}
const pick = (arr) => arr[Math.floor(random() * arr.length)];
const chance = (p) => random() < p;

const primitives = [0, -0, 1, '1', '', 'a', 'abc', 'a\nb', NaN, true, false, null, undefined,
  1n, Symbol.for('s'), 123456789, 'a long string value with words in it'];
const keys = ['a', 'b', 'c', 'd', 'e', 'key', 'x', 'y', '0', '1'];

function genValue(depth) {
  if (depth <= 0 || chance(0.35)) return pick(primitives);
  switch (Math.floor(random() * 14)) {
    case 0:
    case 1:
    case 2: {
      const o = {};
      const n = Math.floor(random() * 5);
      for (let i = 0; i < n; i++) o[pick(keys)] = genValue(depth - 1);
      if (chance(0.1)) o[Symbol.for('sym')] = genValue(depth - 1);
      return o;
    }
    case 3:
    case 4: {
      const n = Math.floor(random() * 6);
      const a = [];
      for (let i = 0; i < n; i++) a.push(genValue(depth - 1));
      if (chance(0.1) && n > 1) delete a[1];
      return a;
    }
    case 5: {
      const s = new Set();
      const n = Math.floor(random() * 4);
      for (let i = 0; i < n; i++) s.add(genValue(depth - 1));
      return s;
    }
    case 6: {
      const m = new Map();
      const n = Math.floor(random() * 4);
      for (let i = 0; i < n; i++) m.set(genValue(depth - 1), genValue(depth - 1));
      return m;
    }
    case 7:
      return new Date(pick([0, 1, 1e12, NaN]));
    case 8:
      return pick([/a/, /a/g, /b/i, /a/]);
    case 9:
      return pick([new Uint8Array([1, 2]), new Int8Array([1, 2]), new Float64Array([0, NaN]),
        new Float32Array([-0]), new Uint8Array([1, 3]), new Uint16Array(0)]);
    case 10:
      return pick([new Error('a'), new TypeError('a'), new Error('b'),
        new Error('a', { cause: 1 })]);
    case 11:
      return pick([new Number(1), new String('a'), new Boolean(false), Object(1n),
        new Number(-0), new Number(NaN)]);
    case 12:
      return Object.assign(Object.create(null), { a: genValue(depth - 1) });
    default: {
      const o = { v: genValue(depth - 1) };
      if (chance(0.5)) o.self = o;
      return o;
    }
  }
}

function clone(v, seen = new Map()) {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  let out;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k], seen);
    return out;
  }
  if (v instanceof Set) {
    out = new Set();
    seen.set(v, out);
    for (const x of v) out.add(clone(x, seen));
    return out;
  }
  if (v instanceof Map) {
    out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(clone(k, seen), clone(x, seen));
    return out;
  }
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) return new RegExp(v.source, v.flags);
  if (ArrayBuffer.isView(v)) return new v.constructor(v);
  if (v instanceof Error) {
    const e = new v.constructor(v.message, 'cause' in v ? { cause: v.cause } : undefined);
    return e;
  }
  if (nodeUtil.types.isBoxedPrimitive(v)) return Object(v.valueOf());
  out = Object.create(Object.getPrototypeOf(v));
  seen.set(v, out);
  for (const k of Reflect.ownKeys(v)) out[k] = clone(v[k], seen);
  return out;
}

// Change one thing somewhere inside `v` (or nothing).
function mutate(v, depth = 0) {
  if (v === null || typeof v !== 'object' || chance(0.25) || depth > 4) {
    if (chance(0.2)) return v;
    // Replace with a loosely-equal or different value.
    const loose = new Map([[1, '1'], ['1', 1], [0, -0], [-0, 0], [null, undefined],
      [undefined, null], [true, 1], [false, 0], ['', 0], [1n, 1]]);
    if (loose.has(v) && chance(0.6)) return loose.get(v);
    return genValue(2);
  }
  if (Array.isArray(v)) {
    if (v.length > 0 && chance(0.6)) {
      const i = Math.floor(random() * v.length);
      v[i] = mutate(v[i], depth + 1);
    } else if (chance(0.5)) {
      v.push(genValue(1));
    } else {
      v.pop();
    }
    return v;
  }
  if (v instanceof Set) {
    const items = [...v];
    if (items.length > 0 && chance(0.5)) {
      v.delete(items[0]);
      v.add(mutate(clone(items[0]), depth + 1));
    } else {
      v.add(genValue(1));
    }
    return v;
  }
  if (v instanceof Map) {
    const entries = [...v];
    if (entries.length > 0 && chance(0.6)) {
      v.set(entries[0][0], mutate(entries[0][1], depth + 1));
    } else {
      v.set(genValue(1), genValue(1));
    }
    return v;
  }
  if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
    const ks = Object.keys(v);
    if (ks.length > 0 && chance(0.6)) {
      const k = pick(ks);
      v[k] = mutate(v[k], depth + 1);
    } else if (ks.length > 0 && chance(0.5)) {
      delete v[pick(ks)];
    } else if (chance(0.2)) {
      Object.setPrototypeOf(v, Object.getPrototypeOf(v) === null ? Object.prototype : null);
    } else {
      v[pick(keys)] = genValue(1);
    }
    return v;
  }
  return genValue(2);
}

function outcome(fn) {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e && e.code === 'ERR_ASSERTION') {
      return `${e.code}|${e.generatedMessage}|${e.operator}|${e.message}`;
    }
    return `${e && e.name}|${e && e.message}`;
  }
}

let passed = 0;
let failed = 0;
function check(label, a, b, ctx) {
  if (a === b) {
    passed++;
    return;
  }
  failed++;
  if (failed <= 20) {
    console.log(`FAIL ${label}\n  values: ${nodeUtil.inspect(ctx, { depth: 6 })}\n` +
      `  node: ${JSON.stringify(a)}\n  coil: ${JSON.stringify(b)}`);
  }
}

const ops = ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual', 'notDeepEqual',
  'strictEqual', 'notStrictEqual', 'equal', 'notEqual'];

for (let n = 0; n < count; n++) {
  const a = genValue(3);
  const b = chance(0.2) ? genValue(3) : mutate(clone(a));
  const ctx = [a, b];
  check('isDeepStrictEqual(a, b)', nodeUtil.isDeepStrictEqual(a, b), coilCmp.isDeepStrictEqual(a, b), ctx);
  check('isDeepStrictEqual(b, a)', nodeUtil.isDeepStrictEqual(b, a), coilCmp.isDeepStrictEqual(b, a), ctx);
  const looseNode = outcome(() => nodeAssert.deepEqual(a, b)) === 'ok';
  check('isDeepEqual(a, b)', looseNode, coilCmp.isDeepEqual(a, b), ctx);
  check('isDeepEqual(b, a)', outcome(() => nodeAssert.deepEqual(b, a)) === 'ok', coilCmp.isDeepEqual(b, a), ctx);
  for (const op of ops) {
    check(`assert.${op}`, outcome(() => nodeAssert[op](a, b)), outcome(() => coilAssert[op](a, b)), ctx);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
