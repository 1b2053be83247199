// ESM resolution of packages: "import" conditions, nested node/import,
// import-only subpaths, self-reference and "imports" from an ES module.
import { createRequire } from 'node:module';
import * as importer from '../fixtures/modules/app/lib/importer.mjs';

const require = createRequire(import.meta.url);
const { describe, clean } = require('../fixtures/modules/clean');

console.log(importer.cond, importer.internal, importer.helper, importer.dep, importer.self.name);
console.log(importer.selfEsm, importer.viaImport);
for (const spec of ['exp-pkg', 'exp-pkg/feature', 'exp-pkg/nested', 'exp-pkg/only-import', 'exp-pkg/utils/strings',
  'cond-sugar', 'sugar-pkg', '@scope/pkg/sub', 'main-pkg', 'main-dir', 'no-pkg-json', 'bad-main', 'json-main',
  'exp-pkg/utils/private/secret', 'exp-pkg/nope', 'exp-pkg/bad-target', 'main-pkg/other', 'main-pkg/lib/entry',
  'very-bad-main', 'missing-pkg', 'type-module', 'type-module/noext', '#null', '#missing', '#builtin', '#undefined']) {
  try {
    const ns = await importer.importFrom(spec);
    const value = typeof ns.default === 'object' ? typeof ns.default : JSON.stringify(ns.default);
    console.log(spec, '->', value, Object.keys(ns).length > 10 ? 'many keys' : Object.keys(ns).join(),
      clean(importer.resolveFrom(spec)));
  } catch (err) {
    console.log(spec, '!!', describe(err));
  }
}
