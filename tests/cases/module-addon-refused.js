// A .node addon is refused with ERR_DLOPEN_FAILED.
const app = require('../fixtures/modules/app');
try {
  app.requireFrom('native-addon');
} catch (err) {
  console.log(err.code, err instanceof Error);
}
console.log(require('path').basename(app.resolveFrom('native-addon')));
