// env: FORCE_COLOR=1
// util.styleText colours non-TTY output when FORCE_COLOR is set.
const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'x')));
console.log(JSON.stringify(util.styleText('bgGreenBright', 'y', { stream: process.stderr })));
