// JSON modules: a byte order mark, a JSON "main", and a parse error naming the file.
const path = require('path');
console.log(require('../fixtures/modules/cjs/bom.json'));
try {
  require('../fixtures/modules/cjs/bad.json');
} catch (err) {
  console.log(err.name, path.basename(err.message.split(': ')[0]));
}
console.log(require('../fixtures/modules/app').requireFrom('json-main'));
