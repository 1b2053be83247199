// A package can require itself by its own name through its "exports".
const { describe } = require('../fixtures/modules/clean');
const selfUser = require('../fixtures/modules/app/lib/self-user');
const app = require('../fixtures/modules/app');

Error.stackTraceLimit = 0;
console.log(selfUser);
for (const request of ['app', 'app/self-sub', 'app/lib/internal.js', 'app/package.json']) {
  try {
    console.log(request, '->', JSON.stringify(app.requireFrom(request)));
  } catch (err) {
    console.log(request, '!!', describe(err));
  }
}
// Not from outside the package.
try {
  require('app');
} catch (err) {
  console.log(err.code);
}
