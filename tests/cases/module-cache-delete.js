// Deleting a require.cache entry makes the next require() load the file again.
const id = require.resolve('../fixtures/modules/cjs/counter-module');
const first = require('../fixtures/modules/cjs/counter-module');
const again = require('../fixtures/modules/cjs/counter-module');
console.log(first.loads, again === first);
delete require.cache[id];
const third = require('../fixtures/modules/cjs/counter-module');
console.log(third.loads, third === first);
console.log(require('../fixtures/modules/cjs/counter-module') === third);
// Replacing an entry: require() returns its exports.
require.cache[id] = { id, filename: id, loaded: true, exports: 'replaced', children: [] };
console.log(require('../fixtures/modules/cjs/counter-module'));
