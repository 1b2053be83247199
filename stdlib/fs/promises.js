'use strict';
// node:fs/promises (see fs.js: the fs issue builds it out).

module.exports = require('fs').promises;
