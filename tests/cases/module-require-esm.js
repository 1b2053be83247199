// require() of ES modules (Node 20.19+): the namespace, the __esModule facade
// for a default export, "module.exports" exports, top-level await refused,
// and module-syntax detection for .js files without a package "type".
const util = require('util');
const app = require('../fixtures/modules/app');

Error.stackTraceLimit = 0;
const typeModule = app.requireFrom('type-module');
console.log(typeModule, typeModule.default, typeModule.named);
console.log(Object.getOwnPropertyDescriptor(typeModule, '__esModule'));
console.log(app.requireFrom('type-module') === typeModule);
console.log(app.requireFrom('type-module/helper.cjs'));
console.log(util.inspect(require('../fixtures/modules/app/node_modules/exp-pkg/esm/feature.mjs')));
console.log(app.requireFrom('esm-module-exports'));
const lib = require('../fixtures/esm-lib.mjs');
console.log(Object.keys(lib), typeof lib.double);
try {
  app.requireFrom('esm-tla');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
const detected = require('../fixtures/modules/cjs/esm-syntax-typeless.js');
console.log(detected);
console.log(require.cache[require.resolve('../fixtures/modules/cjs/esm-syntax-typeless.js')].exports === detected);
