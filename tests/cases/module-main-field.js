// Directories and packages without "exports": package.json "main" (with
// extension and index probing), index.js, and the errors for a bad "main".
const { describe, rel } = require('../fixtures/modules/clean');
const app = require('../fixtures/modules/app');

Error.stackTraceLimit = 0;
for (const request of ['main-pkg', 'main-pkg/other', 'main-pkg/lib/entry', 'main-dir', 'no-pkg-json',
  'bad-main', 'very-bad-main', 'json-main', 'invalid-json', 'missing-pkg', 'main-pkg/nope',
  './lib/self-sub', '../lib/internal']) {
  try {
    console.log(request, '->', JSON.stringify(app.requireFrom(request)), rel(app.resolveFrom(request)));
  } catch (err) {
    // A JSON parse error's text is the engine's: print what precedes it.
    const msg = err.message.startsWith('Error parsing') ? err.message.split(': ')[0] : null;
    console.log(request, '!!', msg !== null ? `${err.code} ${rel(msg.slice(14))}` : describe(err));
  }
}
for (const request of ['../fixtures/modules/cjs/dir-with-index', '../fixtures/modules/cjs/dir-with-json',
  '../fixtures/modules/cjs/ext-order', '../fixtures/modules/cjs/only-json',
  '../fixtures/modules/cjs/dir-with-index/', '../fixtures/modules/cjs/ext-order.js/']) {
  try {
    console.log(request, '->', JSON.stringify(require(request)));
  } catch (err) {
    console.log(request, '!!', err.code);
  }
}
