'use strict';
// Module loading: requiring a large package tree (every lodash per-method
// file, about 630 modules with their internal helpers), a cold require() of
// one large file (typescript/lib/typescript.js, about 9 MB), and require() of
// an already-cached module. Prints JSON lines {"name", "ms"}; run by both
// node and coil (benches/run.py runs them side by side).
//
// The packages are installed into benches/node_modules (git-ignored) with npm
// when missing; node can do that itself (run.py runs node first). coil has no
// child_process yet, so under coil alone install them first:
//   npm install --no-audit --no-fund --no-save --prefix benches lodash@4.17.21 typescript@5.6.3

const path = require('path');
const fs = require('fs');

const packages = ['lodash@4.17.21', 'typescript@5.6.3'];
const nodeModules = path.join(__dirname, 'node_modules');

function ensurePackages() {
  const missing = packages.filter((spec) => {
    const name = spec.slice(0, spec.lastIndexOf('@'));
    return !fs.existsSync(path.join(nodeModules, name, 'package.json'));
  });
  if (missing.length === 0) return;
  let childProcess = null;
  try {
    childProcess = require('child_process');
  } catch {
    // Not available in this runtime.
  }
  if (childProcess === null || typeof childProcess.execFileSync !== 'function') {
    console.error(`benches/modules.js needs ${missing.join(', ')} in ${nodeModules}:\n` +
      `  npm install --no-audit --no-fund --no-save --prefix ${__dirname} ${missing.join(' ')}`);
    process.exit(1);
  }
  childProcess.execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save',
    '--prefix', __dirname, ...missing], { stdio: 'ignore' });
}

function report(name, ms) {
  console.log(JSON.stringify({ name, ms: Math.round(ms * 10) / 10 }));
}

function now() {
  return performance.now();
}

ensurePackages();

// Every per-method file of lodash (each pulls in its internal _*.js helpers).
const lodashDir = path.join(nodeModules, 'lodash');
const methodFiles = fs.readdirSync(lodashDir)
  .filter((f) => f.endsWith('.js') && !f.startsWith('_') && f !== 'lodash.js' && f !== 'core.js' &&
    !f.endsWith('.min.js'))
  .sort();
let start = now();
for (const file of methodFiles) require(path.join(lodashDir, file));
report(`require every lodash per-method file (${methodFiles.length} entry files)`, now() - start);

// A cold require() of one large file.
const tsFile = path.join(nodeModules, 'typescript', 'lib', 'typescript.js');
start = now();
const ts = require(tsFile);
report('cold require of typescript.js (one 9 MB file)', now() - start);
if (typeof ts.createSourceFile !== 'function') throw new Error('typescript did not load');

// The cached path: resolution caches and Module._cache.
start = now();
for (let i = 0; i < 20000; i++) require('lodash/chunk');
report('require() of a cached module x20000', now() - start);
