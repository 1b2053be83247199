'use strict';
// node:path/posix — the same object as path.posix.

module.exports = require('path').posix;
