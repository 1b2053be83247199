'use strict';
// The Console class behind node:console and the global `console`.

// internal/util/inspect is large: it is loaded on the first call that needs
// it, so `console.log('text')` never compiles it.
let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}
const inspect = (...args) => lazyInspect().inspect(...args);

// Strings only, none with a `%` in the first: util.format joins them with
// spaces, with no inspect options needed.
function isPlainText(args) {
  if (typeof args[0] === 'string' && args[0].includes('%')) return false;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return true;
}

let stdioLib;
function stdio() {
  stdioLib ??= require('internal/process/stdio');
  return stdioLib;
}

let lazyErrorCodes;
function errorCodes() {
  if (lazyErrorCodes === undefined) lazyErrorCodes = require('internal/errors').codes;
  return lazyErrorCodes;
}
let lazyValidators;
function validators() {
  if (lazyValidators === undefined) lazyValidators = require('internal/validators');
  return lazyValidators;
}

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
// The global console's streams not yet read from process: [stdout, stderr].
const kLazyStreams = Symbol('kLazyStreams');
const kBindProperties = Symbol('kBindProperties');

const kUseStdout = true;
const kUseStderr = false;
const kMaxGroupIndentation = 1000;

// Per-instance user inspect options.
const optionsMap = new WeakMap();

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    /call stack|recursion|stack overflow/i.test(String(err.message));
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
// Console

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

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

  const codes = errorCodes();
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }

  const v = validators();
  v.validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    v.validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    v.validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  bindMethods(this);
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// Bind every method so that `const { log } = console` works. Methods are
// taken from the instance so subclasses can override them.
function bindMethods(console) {
  for (const key of Object.keys(Console.prototype)) {
    console[key] = console[key].bind(console);
    Object.defineProperty(console[key], 'name', { value: key });
  }
}

// The global console: its streams are process.stdout and process.stderr,
// read on first use (as Node binds them lazily), and until then output to a
// file or pipe goes straight to the descriptor.
function createGlobalConsole() {
  const console = Object.create(Console.prototype);
  bindMethods(console);
  console[kBindStreamsLazy]();
  console[kBindProperties](true, 'auto');
  return console;
}

// The descriptor (1 or 2) of a global-console stream not yet read from
// process, else 0.
function unboundFd(console, useStdout) {
  const lazy = console[kLazyStreams];
  if (lazy === undefined || lazy[useStdout ? 0 : 1] !== undefined) return 0;
  return useStdout ? 1 : 2;
}

// The stream whose terminal-ness decides colours. The global console's
// stream not yet made, for a file or pipe, is not a terminal.
const kNotATerminal = { isTTY: false };
function colorStream(console, useStdout) {
  const fd = unboundFd(console, useStdout);
  if (fd !== 0 && stdio().canWriteDirect(fd)) return kNotATerminal;
  return useStdout ? console._stdout : console._stderr;
}

const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });

// Internal helpers live on the prototype under symbols (not enumerable, so
// they are not bound per instance).
Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: hidden(function bindStreams(stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: hidden(stdout),
      _stderr: hidden(stderr),
    });
  }),

  [kBindStreamsLazy]: hidden(function bindStreamsLazy() {
    const streams = [undefined, undefined];
    const lazy = (index, name) => ({
      enumerable: false,
      configurable: true,
      get() {
        streams[index] ??= process[name];
        return streams[index];
      },
      set(value) {
        streams[index] = value;
      },
    });
    Object.defineProperties(this, {
      _stdout: lazy(0, 'stdout'),
      _stderr: lazy(1, 'stderr'),
      [kLazyStreams]: hidden(streams),
    });
  }),

  [kBindProperties]: hidden(function bindProperties(ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: hidden(createWriteErrorHandler(this, kUseStdout)),
      _stderrErrorHandler: hidden(createWriteErrorHandler(this, kUseStderr)),
      _ignoreErrors: hidden(Boolean(ignoreErrors)),
      _times: hidden(new Map()),
      [kCounts]: hidden(new Map()),
      [kColorMode]: hidden(colorMode),
      [kIsConsole]: hidden(true),
      [kGroupIndent]: hidden(''),
      [kGroupIndentWidth]: hidden(groupIndentation),
      [Symbol.toStringTag]: {
        value: 'console', writable: false, enumerable: false, configurable: true,
      },
    });
  }),

  [kWriteToConsole]: hidden(function writeToConsole(useStdout, string) {
    const groupIndent = this[kGroupIndent];
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replaceAll('\n', `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';

    const fd = unboundFd(this, useStdout);
    if (fd !== 0 && stdio().writeDirect(fd, string)) return undefined;
    const stream = useStdout ? this._stdout : this._stderr;
    if (this._ignoreErrors === false) return stream.write(string);

    // Errors may surface synchronously or on the 'error' event; console output
    // must not crash the program either way.
    const canListen = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' && typeof stream.removeListener === 'function';
    try {
      if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, errorHandler);
    } catch (err) {
      if (isStackOverflowError(err)) throw err;
      // Nothing sensible to report to.
    } finally {
      if (canListen) stream.removeListener('error', noop);
    }
    return undefined;
  }),

  [kGetInspectOptions]: hidden(function getInspectOptions(stream) {
    let color = this[kColorMode];
    if (color === 'auto') {
      color = Boolean(stream.isTTY) && (
        typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
    }
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  }),

  [kFormatForStdout]: hidden(function formatForStdout(args) {
    if (isPlainText(args)) return args.join(' ');
    const options = this[kGetInspectOptions](colorStream(this, kUseStdout));
    return lazyInspect().formatWithOptions(options, ...args);
  }),

  [kFormatForStderr]: hidden(function formatForStderr(args) {
    if (isPlainText(args)) return args.join(' ');
    const options = this[kGetInspectOptions](colorStream(this, kUseStderr));
    return lazyInspect().formatWithOptions(options, ...args);
  }),
});

function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    // An error not yet emitted on the stream will be: keep it from becoming
    // an uncaught exception.
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined) {
      const state = stream._writableState;
      if ((!state || !state.errorEmitted) &&
          typeof stream.listenerCount === 'function' &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

// Builds the trace text ("Trace: message" plus the caller's frames).
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

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](colorStream(this, kUseStdout)),
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

  trace: function trace(...args) {
    this.error(captureTrace(this[kFormatForStderr](args), trace));
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

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// Same order as node's Console.prototype.
const methodOrder = [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
  'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
  'error', 'groupCollapsed',
];
for (const name of methodOrder) Console.prototype[name] = consoleMethods[name];

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kWriteToConsole,
  kGetInspectOptions,
};
