// libuv's error table (Rust's, shared by fs errors and util) as util shows it.
const util = require('util');
const map = util.getSystemErrorMap();
console.log(map.size);
for (const [errno, [code, description]] of map) console.log(errno, code, description);
for (const errno of [-2, -13, -3008, -4095, -9999]) console.log(util.getSystemErrorName(errno));
const fs = require('fs');
try { fs.rmdirSync('/definitely/not/here'); } catch (err) { console.log(err.message, err.errno, err.code); }
