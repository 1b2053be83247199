// `require` and the other CommonJS globals are not defined in an ES module;
// Node's message says so.
process.on('uncaughtException', (err) => {
  console.log(err.name, JSON.stringify(err.message));
});
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
require('fs');
