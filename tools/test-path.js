#!/usr/bin/env node
'use strict';

// Compares Coil's node:path (stdlib/path.js, loaded under node through
// tools/stdlib-under-node.js) with node's own, posix and win32, on
// thousands of generated paths: every function, results and thrown errors
// must be identical.
//
// Usage: node tools/test-path.js [count] [seed]
// Ends with `N passed, N failed`; exits 1 on failure.

const nodePath = require('path');
const util = require('util');
const { loadStdlib } = require(nodePath.join(__dirname, 'stdlib-under-node.js'));

const coilPath = loadStdlib('path');
const count = Number(process.argv[2] || 5000);
let seed = Number(process.argv[3] || 2024);

function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return ((seed >>> 0) % 1000000) / 1000000;
}
const pick = (arr) => arr[Math.floor(random() * arr.length)];

const pieces = ['a', 'b', 'foo', '..', '.', '...', '/', '/', '\\', '\\', '//', '\\\\', 'C:', 'c:',
  'Z:', 'CON:', 'nul', 'NUL:', 'com1:', 'x.js', '.hidden', 'a.b.c', 'srv', 'share', ':', '?', '*',
  ' ', 'ü', '.git', 'file.', '..a', 'a..', '\\\\?\\', '\\\\.\\', 'UNC', '$', 'İ', 'i\u0307',
  'ß', 'SS', 'A', 'ǅ', 'ǆ'];

function genPath() {
  const n = Math.floor(random() * 7);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pick(pieces));
  return parts.join('');
}

function outcome(fn) {
  try {
    return util.inspect(fn());
  } catch (e) {
    return `${e && e.name} ${e && e.code}: ${e && e.message}`;
  }
}

let passed = 0;
let failed = 0;
function check(label, input, a, b) {
  if (a === b) {
    passed++;
    return;
  }
  failed++;
  if (failed <= 30) {
    console.log(`FAIL ${label}(${input.map((x) => JSON.stringify(x)).join(', ')})\n  node: ${a}\n  coil: ${b}`);
  }
}

const flavours = [['posix', nodePath.posix, coilPath.posix], ['win32', nodePath.win32, coilPath.win32]];
const suffixes = [undefined, '', '.js', 'js', 'a', 'b', '.', 'x.js', '/', '\\', 'foo', 'c'];

for (let n = 0; n < count; n++) {
  const p = genPath();
  const q = genPath();
  const r = genPath();
  for (const [name, N, C] of flavours) {
    const run = (fn, args) => check(`${name}.${fn}`, args, outcome(() => N[fn](...args)), outcome(() => C[fn](...args)));
    run('normalize', [p]);
    run('isAbsolute', [p]);
    run('dirname', [p]);
    run('basename', [p]);
    run('basename', [p, pick(suffixes)]);
    run('extname', [p]);
    run('parse', [p]);
    run('toNamespacedPath', [p]);
    run('resolve', [p]);
    run('resolve', [p, q]);
    run('resolve', [p, q, r]);
    run('join', [p]);
    run('join', [p, q]);
    run('join', [p, q, r]);
    run('relative', [p, q]);
    const parsed = N.parse(p);
    check(`${name}.format`, [parsed], outcome(() => N.format(parsed)), outcome(() => C.format(parsed)));
  }
}

// Fixed cases: argument errors, format variants, empty arguments.
const fixed = [
  ['join', []], ['join', ['']], ['resolve', []], ['resolve', ['']], ['join', [1]], ['resolve', ['a', 1]],
  ['resolve', [1, '/a']], ['relative', [1, 'a']], ['relative', ['a', 1]], ['basename', [1]],
  ['basename', ['a', 1]], ['basename', [1, 1]], ['dirname', [1]], ['extname', [null]], ['parse', [1]],
  ['normalize', [{}]], ['isAbsolute', [1]], ['format', [null]], ['format', ['x']],
  ['format', [{ root: '/', dir: '/', base: 'a' }]], ['format', [{ name: 'n', ext: 'e' }]],
  ['format', [{ name: 'n', ext: '.e' }]], ['format', [{ dir: 'd', name: 'n' }]],
  ['format', [{ root: 'r', name: 'n' }]], ['format', [{ root: 'C:\\', dir: 'C:\\', base: 'b' }]],
  ['format', [{}]], ['toNamespacedPath', [1]], ['toNamespacedPath', ['']],
];
for (const [fn, args] of fixed) {
  for (const [name, N, C] of flavours) {
    check(`${name}.${fn}`, args, outcome(() => N[fn](...args)), outcome(() => C[fn](...args)));
  }
}
for (const key of ['sep', 'delimiter']) {
  check(key, [], nodePath[key], coilPath[key]);
  check(`win32.${key}`, [], nodePath.win32[key], coilPath.win32[key]);
}
check('keys', [], Object.keys(nodePath).join(), Object.keys(coilPath).join());
check('win32 keys', [], Object.keys(nodePath.win32).join(), Object.keys(coilPath.win32).join());

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
