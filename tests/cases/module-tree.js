// module.children, module.parent, module.loaded, module.id and require.cache.
const path = require('path');
const info = require('../fixtures/modules/cjs/tree-parent');
const child = require('../fixtures/modules/cjs/tree-child');

console.log(info);
console.log(module.loaded, module.id, module.parent, child.loaded, child.id === child.filename);
console.log(module.children.map((m) => path.basename(m.id)));
console.log(path.basename(child.parent.id), child.parent.parent === module);
console.log(Object.keys(module), typeof module.require, module.isPreloading);
const cached = require.cache[require.resolve('../fixtures/modules/cjs/tree-child')];
console.log(cached === child, cached.exports === child, require.cache === require('module')._cache);
console.log(Object.keys(require.cache).map((k) => path.basename(k)).filter((k) => k.startsWith('tree')));
setImmediate(() => console.log('loaded later', module.loaded));
