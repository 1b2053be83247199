'use strict';
// node:child_process — not built yet (its own issue): every function throws
// ERR_NOT_IMPLEMENTED, so modules that only require it still load.

const { addNotImplemented } = require('internal/not_implemented');

module.exports = addNotImplemented({}, 'child_process',
  ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'],
  ['ChildProcess']);
module.exports._forkChild = module.exports.fork;
