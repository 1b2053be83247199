'use strict';
// internal/errors and internal/validators for modules that need them only
// when an error is built or an argument fails its check: requiring such a
// module compiles neither (start-up costs what it parses; see
// docs/performance.md).

let errorsLib;
let validatorsLib;

function errors() {
  errorsLib ??= require('internal/errors');
  return errorsLib;
}

function validators() {
  validatorsLib ??= require('internal/validators');
  return validatorsLib;
}

module.exports = { errors, validators };
