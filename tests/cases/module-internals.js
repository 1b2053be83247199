// Module's statics: wrap/wrapper, _load, _resolveFilename, _findPath,
// _pathCache, runMain, the prototype and new Module().
const path = require('path');
const Module = require('module');
const { rel, root } = require('../fixtures/modules/clean');

console.log(Module === Module.Module, typeof Module.wrap, JSON.stringify(Module.wrapper));
console.log(JSON.stringify(Module.wrap('body')));
console.log(Object.keys(Module).sort().join());
console.log(Object.getOwnPropertyNames(Module.prototype).join());
console.log(rel(Module._resolveFilename('exp-pkg', { paths: [path.join(root, 'app', 'node_modules')] })));
console.log(rel(Module._findPath('main-pkg', [path.join(root, 'app', 'node_modules')])));
console.log(Module._findPath('nope', [path.join(root, 'app', 'node_modules')]), Module._findPath('x', []));
console.log(Object.keys(Module._pathCache).some((k) => k.startsWith('main-pkg\x00')));
console.log(Module._load('path') === require('path'));
const m = new Module('some-id', module);
console.log(m.id, m.filename, m.loaded, m.exports, m.parent === module, module.children.includes(m));
console.log(Module.findSourceMap('x'), typeof Module.SourceMap, typeof Module.syncBuiltinESMExports);
console.log(require('node:module') === Module, typeof Module.runMain, Array.isArray(Module.globalPaths));
