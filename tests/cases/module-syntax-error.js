// A syntax error in a required file names the file and line at the top of its stack.
const path = require('path');
try {
  require('../fixtures/modules/cjs/syntax-error');
} catch (err) {
  const lines = err.stack.split('\n');
  console.log(err.name, err instanceof SyntaxError, path.basename(lines[0]), lines[1]);
}
// ES module syntax in a "type": "commonjs" scope is a syntax error too.
try {
  require('../fixtures/modules/cjs/commonjs-scope/esm-syntax.js');
} catch (err) {
  console.log(err.name);
}
