'use strict';
// internal/errors and internal/validators for modules that need them only
// when an error is built or an argument fails its check: requiring such a
// module compiles neither (start-up costs what it parses; see
// docs/performance.md). The argument checks here accept inline only what the
// validator of the same name accepts, and hand anything else to that
// validator, which throws Node's error (or accepts what the inline test is
// too narrow for).

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

function validateFunction(value, name) {
  if (typeof value !== 'function') validators().validateFunction(value, name);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') validators().validateBoolean(value, name);
}

function validateObject(value, name, options) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    validators().validateObject(value, name, options);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    validators().validateInteger(value, name, min, max);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (!(value === (value | 0) && value >= min && value <= max)) {
    validators().validateInt32(value, name, min, max);
  }
}

function validateUint32(value, name) {
  if (value !== (value >>> 0)) validators().validateUint32(value, name);
}

// NaN passes only when there are no bounds, as in the validator.
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number' || (min != null && !(value >= min)) || (max != null && !(value <= max))) {
    validators().validateNumber(value, name, min, max);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (typeof signal !== 'object' || signal === null || !('aborted' in signal))) {
    validators().validateAbortSignal(signal, name);
  }
}

module.exports = {
  errors,
  validators,
  validateFunction,
  validateBoolean,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  validateNumber,
  validateAbortSignal,
};
