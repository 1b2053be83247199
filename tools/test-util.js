#!/usr/bin/env node
'use strict';

// Compares Coil's util.parseArgs, util.parseEnv and util.MIMEType
// (stdlib/util.js, loaded under node through tools/stdlib-under-node.js)
// with node's own on generated inputs: results, tokens and error codes and
// messages must be identical.
//
// Usage: node tools/test-util.js [count] [seed]
// Ends with `N passed, N failed`; exits 1 on failure.

const path = require('path');
const nodeUtil = require('util');
const { loadStdlib } = require(path.join(__dirname, 'stdlib-under-node.js'));

const coilUtil = loadStdlib('util');
const count = Number(process.argv[2] || 3000);
let seed = Number(process.argv[3] || 4321);

function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return ((seed >>> 0) % 1000000) / 1000000;
}
const pick = (arr) => arr[Math.floor(random() * arr.length)];
const int = (n) => Math.floor(random() * n);

function outcome(fn) {
  try {
    return nodeUtil.inspect(fn(), { depth: 6, breakLength: Infinity });
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
  if (failed <= 20) {
    console.log(`FAIL ${label} ${nodeUtil.inspect(input, { depth: 6, breakLength: Infinity })}\n` +
      `  node: ${a}\n  coil: ${b}`);
  }
}

// parseArgs
const argPieces = ['-a', '-b', '-c', '-ab', '-abc', '-cb', '-cfoo', '-x', '--alpha', '--beta', '--gamma',
  '--gamma=1', '--alpha=', '--no-alpha', '--no-gamma', '--no-zzz', '--zzz', '--', '-', 'pos', '-=',
  '--=', '---', 'v', '-1', '--many', '--many=x', '-m', '-mv', ''];
function genOptions() {
  const options = {};
  if (random() < 0.8) options.alpha = { type: 'boolean', short: 'a' };
  if (random() < 0.8) options.beta = { type: pick(['boolean', 'string']), short: 'b' };
  if (random() < 0.8) options.gamma = { type: 'string', short: 'c' };
  if (random() < 0.5) options.many = { type: 'string', short: 'm', multiple: true };
  if (options.gamma && random() < 0.2) options.gamma.default = 'dflt';
  if (random() < 0.1) options.bad = pick([{ type: 'number' }, { type: 'string', short: 'xy' },
    { type: 'boolean', default: 'x' }, 1, { type: 'string', multiple: 'yes' }]);
  return options;
}
for (let n = 0; n < count; n++) {
  const args = Array.from({ length: int(6) }, () => pick(argPieces));
  const config = { args, options: genOptions() };
  if (random() < 0.3) config.strict = random() < 0.5;
  if (random() < 0.3) config.allowPositionals = random() < 0.5;
  if (random() < 0.3) config.allowNegative = random() < 0.7;
  if (random() < 0.5) config.tokens = true;
  check('parseArgs', config, outcome(() => nodeUtil.parseArgs(config)),
    outcome(() => coilUtil.parseArgs(config)));
}

// parseEnv
const envPieces = ['A', 'B', 'export ', ' ', '  ', '=', '"', '\'', '`', '#', '\n', '\r\n', 'x', 'y z',
  '\\n', '\\', '\t', 'KEY', 'val'];
for (let n = 0; n < count; n++) {
  const text = Array.from({ length: int(14) }, () => pick(envPieces)).join('');
  check('parseEnv', text, outcome(() => nodeUtil.parseEnv(text)), outcome(() => coilUtil.parseEnv(text)));
}

// MIMEType
const mimePieces = ['text', 'plain', '/', ';', '=', '"', '\\', ' ', '\t', 'a', 'B', 'charset', 'utf-8',
  '\u00e9', '\u0100', ',', '(', '*', 'x-y', '\n'];
for (let n = 0; n < count; n++) {
  const text = Array.from({ length: int(12) }, () => pick(mimePieces)).join('');
  const describe = (M) => () => {
    const m = new M(text);
    return [String(m), m.type, m.subtype, m.essence, [...m.params]];
  };
  check('MIMEType', text, outcome(describe(nodeUtil.MIMEType)), outcome(describe(coilUtil.MIMEType)));
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
