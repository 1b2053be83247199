// "type": "module" makes .js (and extensionless files) ES modules; .cjs stays CommonJS.
const mod = await import('../fixtures/modules/esm/type-module/mod.js');
console.log(mod.typeModule, mod.hasRequire);
const noext = await import('../fixtures/modules/esm/type-module/noext');
console.log(noext.noext);
const legacy = await import('../fixtures/modules/esm/type-module/legacy.cjs');
console.log(legacy.default, Object.keys(legacy));
const pkg = await import('../fixtures/modules/app/node_modules/type-module/index.js');
console.log(pkg.default, pkg.named);
const helper = await import('../fixtures/modules/app/node_modules/type-module/helper.cjs');
console.log(helper.default, Object.keys(helper));
