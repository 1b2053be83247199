// env: NODE_PATH=../fixtures/modules/node-path:/nonexistent
// NODE_PATH directories are searched after the node_modules walk.
const Module = require('module');

console.log(require('np-pkg'), require('np-file'));
console.log(Module.globalPaths.slice(0, 2));
console.log(require.resolve.paths('np-pkg').includes('../fixtures/modules/node-path'));
try {
  require('not-on-node-path');
} catch (err) {
  console.log(err.code);
}
