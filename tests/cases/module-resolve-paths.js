// require.resolve with { paths }, require.resolve.paths and module.paths.
const path = require('path');
const { rel, root } = require('../fixtures/modules/clean');

const appDir = path.join(root, 'app');
console.log(rel(require.resolve('exp-pkg', { paths: [appDir] })));
console.log(rel(require.resolve('./lib/internal', { paths: [appDir] })));
console.log(rel(require.resolve('main-pkg', { paths: ['/nonexistent', path.join(appDir, 'lib')] })));
try {
  require.resolve('exp-pkg', { paths: [__dirname] });
} catch (err) {
  console.log(err.code, err.requireStack.length);
}
console.log(require.resolve('fs', { paths: [appDir] }), require.resolve('node:test'));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'));
console.log(require.resolve.paths('./x').map((p) => path.basename(p)));
console.log(require.resolve.paths('../x').length);
const bare = require.resolve.paths('some-pkg');
console.log(bare[0] === path.join(__dirname, 'node_modules'), bare.includes('/node_modules'));
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths.at(-1));
console.log(module.paths.every((p) => p.endsWith('/node_modules')));
const Module = require('module');
console.log(Module._nodeModulePaths('/a/node_modules/b/node_modules/c'));
console.log(Module._nodeModulePaths('/'), Module._nodeModulePaths('/x'));
for (const bad of [123, undefined]) {
  try {
    require.resolve(bad);
  } catch (err) {
    console.log(err.code);
  }
}
try {
  require.resolve('x', { paths: 'nope' });
} catch (err) {
  console.log(err.code);
}
