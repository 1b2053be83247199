'use strict';
// internal/util: the shared symbols Node keeps here. Only what other stdlib
// modules need is defined.

// A function whose callback receives several values names them under this
// symbol; util.promisify resolves with an object of those names.
const customPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = { customPromisifyArgs };
