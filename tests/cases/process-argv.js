// args: alpha --flag=1 two words -x 42
// process.argv: [execPath, script, ...args].
const path = require('path');
console.log(process.argv.length);
console.log(path.basename(process.argv[1]));
console.log(path.isAbsolute(process.argv[0]), path.isAbsolute(process.argv[1]));
console.log(process.argv.slice(2));
console.log(typeof process.argv0, typeof process.execPath, process.execPath === process.argv[0]);
console.log(Array.isArray(process.execArgv), process.execArgv.length);
