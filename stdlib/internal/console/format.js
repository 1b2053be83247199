'use strict';
// Console output formatted with inspect, in the console's colour mode and
// inspect options. Loaded with inspect, by the first output that is not
// strings and uncoloured primitives.

const { formatWithOptions } = require('internal/util/inspect');
const { optionsMap, colorsFor } = require('internal/console/constructor');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// The inspect options for output to stdout (or stderr): the console's own
// (with its colours unless they say), else just whether to colour.
function inspectOptions(console, useStdout) {
  const color = colorsFor(console, useStdout);
  const options = optionsMap.get(console);
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatInspected(console, useStdout, args) {
  return formatWithOptions(inspectOptions(console, useStdout), ...args);
}

module.exports = { inspectOptions, formatInspected };
