// module.createRequire from a path, a file: URL string, a URL object and a
// directory with a trailing slash; invalid arguments.
const path = require('path');
const { pathToFileURL } = require('url');
const { createRequire } = require('module');
const { root } = require('../fixtures/modules/clean');

const fromPath = createRequire(path.join(root, 'app', 'index.js'));
console.log(fromPath('exp-pkg'), fromPath('#internal'), fromPath('./lib/helper'));
const fromUrl = createRequire(pathToFileURL(path.join(root, 'app', 'lib', 'x.js')).href);
console.log(fromUrl('./internal'), fromUrl('main-pkg'));
const fromUrlObject = createRequire(pathToFileURL(path.join(root, 'app', 'lib', 'x.js')));
console.log(fromUrlObject('./helper'));
const fromDir = createRequire(`${path.join(root, 'app')}/`);
console.log(fromDir('./lib/internal'), typeof fromDir.resolve, typeof fromDir.resolve.paths, fromDir.cache === require.cache);
console.log(fromDir.main === require.main, typeof fromDir.extensions);
for (const bad of ['relative/path.js', 42, null]) {
  try {
    createRequire(bad);
  } catch (err) {
    console.log(err.code, err.name);
  }
}
