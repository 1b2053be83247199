'use strict';
// Default and per-stream highWaterMark.

// internal/errors and internal/validators load only when needed.
const { errors, validators } = require('internal/lazy');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validators().validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark, else (for one side of a Duplex) options[duplexKey],
// else the default for the state's mode.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
