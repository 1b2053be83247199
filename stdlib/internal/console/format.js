'use strict';
// Console output formatted with inspect, in the console's colour mode and
// inspect options. Loaded with inspect, by the first output that is not
// plain text.

const { formatWithOptions } = require('internal/util/inspect');
const { canWriteDirect } = require('internal/process/stdio');
const { kColorMode, optionsMap, unmadeFd } = require('internal/console/constructor');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// The inspect options for output to stdout (or stderr): colours when the
// colour mode says so, or in 'auto' mode when the stream is a colour
// terminal. A lazy stream not yet made, for a file or pipe, is not a
// terminal (and is not made to find out).
function inspectOptions(console, useStdout) {
  let color = console[kColorMode];
  if (color === 'auto') {
    const fd = unmadeFd(console, useStdout);
    if (fd !== 0 && canWriteDirect(fd)) {
      color = false;
    } else {
      const stream = useStdout ? console._stdout : console._stderr;
      color = Boolean(stream.isTTY) && (
        typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
    }
  }
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
