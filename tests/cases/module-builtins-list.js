// builtinModules, isBuiltin, node: prefixes and unknown builtins.
const Module = require('module');

console.log(Module.builtinModules.length, Module.builtinModules.includes('fs'), Module.builtinModules.includes('test'));
console.log(JSON.stringify(Module.builtinModules));
for (const id of ['fs', 'node:fs', 'fs/promises', 'node:test', 'test', 'node:sea', 'sea', 'node:nope', 'wasi',
  'sys', 'node:path/posix', 'internal/errors', '', 42]) {
  console.log(JSON.stringify(id), Module.isBuiltin(id));
}
console.log(require('path/posix') === require('path').posix, require('node:sys') === require('util'));
for (const id of ['node:nope', 'node:internal/errors', 'internal/errors']) {
  try {
    require(id);
  } catch (err) {
    console.log(id, err.code, err.message.split('\n')[0]);
  }
}
console.log(require.resolve('node:fs'), require.resolve('fs'));
