// A .js file with no package "type" is an ES module when only that parses,
// CommonJS otherwise.
const esm = await import('../fixtures/modules/esm/typeless-esm.js');
console.log(Object.keys(esm), esm.typeless);
const cjs = await import('../fixtures/modules/esm/typeless-cjs.js');
console.log(Object.keys(cjs), cjs.typeless, cjs.default);
