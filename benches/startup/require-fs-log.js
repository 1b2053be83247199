// Start-up of a small everyday script: a builtin module required and an
// object logged (benches/run.py measures it as it measures hello.js).
const fs = require('fs');
console.log({ exists: fs.existsSync(__filename), argv: process.argv.length });
