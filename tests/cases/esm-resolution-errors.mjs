// ESM resolution errors: missing files (with CommonJS hints), directories,
// URL schemes, unknown extensions, invalid package names, unknown builtins.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { describe } = require('../fixtures/modules/clean');
const clean = (s) => s.split(import.meta.dirname).join('<cases>');

for (const spec of ['./nope.mjs', '../fixtures/modules/esm/counter', '../fixtures/modules/esm/dir',
  '../fixtures/modules/esm/dir/', '../fixtures/modules/esm/plain.txt', 'https://example.com/x.js', 'fs:x',
  'node:nope', '@scope', '.hidden-pkg', 'bad%name', 'nope-pkg', 'nope-pkg/sub', '../fixtures/modules/cjs/ext-order',
  '../fixtures/modules/app/node_modules/native-addon/index.node', '../fixtures/modules/esm/with%2Fslash.mjs']) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (err) {
    console.log(spec, '!!', clean(describe(err)));
  }
}
