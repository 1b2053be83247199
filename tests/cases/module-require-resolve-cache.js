// require.resolve and require.cache.
const path = require('path');
const resolved = require.resolve('../fixtures/math');
console.log(path.basename(resolved), path.isAbsolute(resolved));
console.log(require.resolve('util'), require.resolve('node:path'));
require('../fixtures/math');
console.log(resolved in require.cache);
const first = require('../fixtures/math');
delete require.cache[resolved];
const second = require('../fixtures/math');
console.log(first === second, first.loadCount, second.loadCount);
try {
  require.resolve('./nope-nope');
} catch (e) {
  console.log(e.code);
}
