// package.json "imports": #specifiers with conditions, patterns, package
// targets, null and invalid targets, and invalid names.
const { describe, rel } = require('../fixtures/modules/clean');
const app = require('../fixtures/modules/app');

Error.stackTraceLimit = 0;
for (const request of ['#internal', '#cond', '#lib/helper', '#dep', '#dep-feature', '#null', '#bad',
  '#builtin', '#missing', '#undefined', '#', '#/x', '#lib/', '#lib/nope']) {
  try {
    console.log(request, '->', JSON.stringify(app.requireFrom(request)), rel(app.resolveFrom(request)));
  } catch (err) {
    console.log(request, '!!', describe(err));
  }
}
// Outside a package with "imports" a #specifier is an ordinary missing module.
try {
  require('#internal');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
