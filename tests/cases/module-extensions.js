// Module._extensions: the registered handlers, a custom extension, and the
// longest registered extension winning for multi-dot names.
const Module = require('module');
const fs = require('fs');

console.log(Object.keys(Module._extensions), require.extensions === Module._extensions);
Module._extensions['.txt'] = (module, filename) => {
  module.exports = `txt:${fs.readFileSync(filename, 'utf8').trim()}`;
};
console.log(require('../fixtures/modules/cjs/custom.txt'));
console.log(require('../fixtures/modules/cjs/custom'));
Module._extensions['.test.js'] = (module) => {
  module.exports = 'handled by .test.js';
};
console.log(require('../fixtures/modules/cjs/double.test.js'));
delete Module._extensions['.test.js'];
delete Module._extensions['.txt'];
console.log(Object.keys(Module._extensions));
