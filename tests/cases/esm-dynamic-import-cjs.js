// import() from CommonJS: ES modules, CommonJS, JSON, builtins, and errors.
const path = require('path');

(async () => {
  const lib = await import('../fixtures/esm-lib.mjs');
  console.log(lib.named, lib.default, Object.keys(lib).sort());
  const cjs = await import('../fixtures/cjs-for-esm.js');
  console.log(cjs.default === require('../fixtures/cjs-for-esm.js'), Object.keys(cjs));
  const json = await import('../fixtures/modules/esm/data.json', { with: { type: 'json' } });
  console.log(json.default.answer);
  const fs = await import('fs');
  console.log(fs.readFileSync === require('fs').readFileSync, fs.default === require('fs'));
  const url = require('url').pathToFileURL(path.join(__dirname, '../fixtures/modules/esm/counter.mjs')).href;
  const [a, b] = await Promise.all([import(url), import('../fixtures/modules/esm/counter.mjs')]);
  console.log(a === b, a.loads);
  for (const spec of ['./nope.mjs', 'nope-pkg', '../fixtures/modules/esm/cjs-throws.cjs', '../fixtures/modules/esm/missing-import.mjs']) {
    try {
      await import(spec);
    } catch (err) {
      console.log(spec, err.name, err.code);
    }
  }
})();
