'use strict';
// node:module — the CommonJS Module class with its statics (createRequire,
// builtinModules, isBuiltin, _load, _resolveFilename ...).

const { Module } = require('internal/modules/cjs/loader');

module.exports = Module;
