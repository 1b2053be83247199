'use strict';
// node:path/win32 — the same object as path.win32.

module.exports = require('path').win32;
