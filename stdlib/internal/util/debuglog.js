'use strict';
// util.debuglog (and util.debug): loggers to stderr for the sections named
// in NODE_DEBUG (loaded on first use).

const { format, formatWithOptions, inspect } = require('internal/util/inspect');

let debugEnvTest; // (SECTION) -> boolean, from NODE_DEBUG
const debugImpls = Object.create(null);

function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      // Comma separated names, '*' wildcards, case-insensitive.
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (s) => re.test(s);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream && stream.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          `${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens ` +
          'and authentication headers) in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, coloredPid, msg));
      };
    } else {
      debugImpls[section] = function debug() {};
    }
  }
  return debugImpls[section];
}

function debuglog(section, cb) {
  let enabled;
  function init() {
    section = section.toUpperCase();
    enabled = testDebugEnabled(section);
  }
  // Resolved on first use, so that NODE_DEBUG is consulted lazily.
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
