// MODULE_NOT_FOUND: message, code and requireStack through nested requires.
const { describe } = require('../fixtures/modules/clean');

Error.stackTraceLimit = 0;
for (const request of ['./nope', 'nope-pkg', '/nonexistent/abs.js', '../fixtures/modules/cjs/requires-requires-missing',
  '../fixtures/modules/cjs/missing-dir/']) {
  try {
    require(request);
  } catch (err) {
    console.log(describe(err).split(__dirname).join('<cases>'));
  }
}
for (const bad of ['', 5]) {
  try {
    require(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
