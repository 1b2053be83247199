// package.json "exports": subpaths, patterns, nested conditions, null
// targets, arrays, sugar forms and the errors for what is not exported.
const path = require('path');
const { describe, clean } = require('../fixtures/modules/clean');
const app = require('../fixtures/modules/app');

Error.stackTraceLimit = 0;
const requests = [
  'exp-pkg', 'exp-pkg/feature', 'exp-pkg/utils/strings', 'exp-pkg/utils/strings.js',
  'exp-pkg/utils/private/secret', 'exp-pkg/data.json', 'exp-pkg/package.json', 'exp-pkg/array',
  'exp-pkg/nested', 'exp-pkg/only-import', 'exp-pkg/browser', 'exp-pkg/star/strings/deep',
  'exp-pkg/bad-target', 'exp-pkg/outside', 'exp-pkg/missing', 'exp-pkg/numeric', 'exp-pkg/number',
  'exp-pkg/nope', 'exp-pkg/dir/feature.js', 'exp-pkg/utils/../cjs/index', 'exp-pkg/custom',
  'sugar-pkg', 'sugar-pkg/other', 'cond-sugar', 'mixed-keys', 'null-exports',
  '@scope/pkg', '@scope/pkg/sub', '@scope/pkg/other', 'exp-pkg/cjs/index.js',
];
for (const request of requests) {
  try {
    const value = app.requireFrom(request);
    const where = path.relative(path.join(__dirname, '../fixtures/modules'), app.resolveFrom(request));
    console.log(request, '->', JSON.stringify(value), where);
  } catch (err) {
    console.log(request, '!!', describe(err));
  }
}
console.log(clean(app.resolveFrom('exp-pkg')) === clean(require.resolve('../fixtures/modules/app/node_modules/exp-pkg/cjs/index.js')));
