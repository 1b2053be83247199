'use strict';
// The parts of the Console class a `console.log('text')` does not need,
// loaded on first use: the constructor's options, the methods other than
// log/warn/trace and their aliases, and the global console's inspector
// methods.

const {
  Console,
  kCounts,
  kGroupIndent,
  kGroupIndentWidth,
  optionsMap,
  hidden,
  bindProperties,
  writeToConsole,
} = require('internal/console/constructor');

const kMaxGroupIndentation = 1000;

// ---------------------------------------------------------------------------
// The constructor, called with the Console's `this` and arguments.

function setUpConsole(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  const { codes } = require('internal/errors');
  const { validateInteger, validateObject, validateOneOf } = require('internal/validators');
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }

  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Every method is bound so that `const { log } = console` works. Methods
  // are taken from the instance so subclasses can override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  Object.defineProperties(this, {
    _stdout: hidden(stdout),
    _stderr: hidden(stderr),
  });
  bindProperties(this, ignoreErrors, colorMode, groupIndentation);
}

// ---------------------------------------------------------------------------
// Timing

// A monotonic timestamp: bigint nanoseconds when available, else ms.
function now() {
  if (typeof process.hrtime === 'function' && typeof process.hrtime.bigint === 'function') {
    return process.hrtime.bigint();
  }
  return performance.now();
}

function elapsedMs(start) {
  const end = now();
  if (typeof start === 'bigint') return Number(end - start) / 1e6;
  return end - start;
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// `1.234ms`, `1.500s`, `1:02.345 (m:ss.mmm)` or `1:02:03.456 (h:mm:ss.mmm)`.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(start));
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---------------------------------------------------------------------------
// console.trace's text: "Trace: message" plus the frames below `fn`.

function captureTrace(message, fn) {
  const header = message ? `Trace: ${message}` : 'Trace';
  if (typeof Error.captureStackTrace === 'function') {
    const err = { name: 'Trace', message };
    Error.captureStackTrace(err, fn);
    if (typeof err.stack === 'string') return err.stack;
  }
  let stack;
  try {
    stack = new Error().stack;
  } catch {
    // No stack available.
  }
  if (typeof stack !== 'string') return header;
  const frames = stack.split('\n').filter((line) => line.startsWith('    at '));
  // Drop this helper and console.trace itself.
  frames.splice(0, 2);
  return frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
}

// ---------------------------------------------------------------------------
// The methods behind Console.prototype's lazy ones, called with the console
// as `this`.

const lazyMethods = {
  dir(object, options) {
    const { inspect } = require('internal/util/inspect');
    writeToConsole(this, true, inspect(object, {
      customInspect: false,
      ...require('internal/console/format').inspectOptions(this, true),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the remaining arguments.
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clears the screen of a TTY (cursor to 1;1, erase below).
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    return require('internal/console/table').table(this, tabularData, properties);
  },
};

// ---------------------------------------------------------------------------
// The global console's context() and createTask(), which Node takes from V8.
// Without an inspector session the methods of a context report nothing and
// a task just runs its function. Lengths are V8's: 1 for a context's
// methods, 0 for run.

const kContextMethods = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
  'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeStamp',
];

function context() {
  const consoleContext = { __proto__: {} };
  for (const name of kContextMethods) {
    consoleContext[name] = { [name](_) {} }[name];
  }
  return consoleContext;
}

function createTask(name) {
  if (typeof name !== 'string' || name === '') {
    throw new Error('First argument must be a non-empty string.');
  }
  return {
    run(...args) {
      const fn = args[0];
      if (typeof fn !== 'function') throw new Error('First argument must be a function.');
      return fn();
    },
  };
}

module.exports = {
  setUpConsole,
  captureTrace,
  formatTime,
  context,
  createTask,
  ...lazyMethods,
};
