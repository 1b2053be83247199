// process.cwd() starts in the case directory; chdir changes it.
const path = require('path');
const start = process.cwd();
console.log(path.basename(start));
process.chdir('..');
console.log(path.basename(process.cwd()));
console.log(path.dirname(start) === process.cwd());
process.chdir('cases');
console.log(process.cwd() === start);
try {
  process.chdir('./no-such-directory-here');
} catch (e) {
  console.log('chdir failed', e.code);
}
console.log(process.cwd() === start);
