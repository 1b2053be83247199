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
const getStringWidth = (...args) => lazyInspect().getStringWidth(...args);

// util.format of strings only, none with a `%` in the first: they are joined
// with spaces, as formatWithOptions would.
function formatWithOptions(options, ...args) {
  let plain = typeof args[0] !== 'string' || !args[0].includes('%');
  for (let i = 0; plain && i < args.length; i++) {
    if (typeof args[i] !== 'string') plain = false;
  }
  if (plain) return args.join(' ');
  return lazyInspect().formatWithOptions(options, ...args);
}

const {
  previewEntries,
} = internalBinding('util');

const {
  isMap,
  isMapIterator,
  isSet,
  isSetIterator,
  isTypedArray,
} = internalBinding('types');

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
// console.table rendering

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

// Cells are left aligned and padded to the column width.
function renderRow(row, columnWidths) {
  const parts = [tableChars.left];
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    parts.push(cell, ' '.repeat(Math.max(0, columnWidths[i] - getStringWidth(cell))));
    if (i !== row.length - 1) parts.push(tableChars.middle);
  }
  parts.push(tableChars.right);
  return parts.join('');
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (const column of columns) {
    if (column.length > longestColumn) longestColumn = column.length;
  }
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  const lines = [
    `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}`,
    renderRow(head, columnWidths),
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}`,
  ];
  for (const row of rows) lines.push(renderRow(row, columnWidths));
  lines.push(`${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`);
  return lines.join('\n');
}

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

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

  // Bind every method so that `const { log } = console` works. Methods are
  // taken from the instance so subclasses can override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
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
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replaceAll('\n', `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';

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
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  }),

  [kFormatForStderr]: hidden(function formatForStderr(args) {
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
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
      ...this[kGetInspectOptions](this._stdout),
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
    if (properties !== undefined) validators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (head, columns) => this.log(renderTable(head, columns));
    const cell = (v) => inspectTableCell(this, v);
    const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const preview = previewEntries(tabularData, true);
      tabularData = preview === undefined ? [] : preview[0];
      isKeyValue = preview !== undefined && preview[1];
    }

    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; i++) {
          keys.push(cell(tabularData[i * 2]));
          values.push(cell(tabularData[i * 2 + 1]));
        }
      } else {
        for (const [k, v] of Map.prototype.entries.call(tabularData)) {
          keys.push(cell(k));
          values.push(cell(v));
        }
      }
      return final([kIterKey, kKeyKey, kValuesKey], [indexColumn(keys.length), keys, values]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter) {
      const preview = previewEntries(tabularData);
      tabularData = preview === undefined ? [] : preview;
    }
    if (setIter || mapIter || isSet(tabularData)) {
      const values = [];
      const iterable = isSet(tabularData) ? Set.prototype.values.call(tabularData) : tabularData;
      for (const v of iterable) values.push(cell(v));
      return final([kIterKey, kValuesKey], [indexColumn(values.length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = cell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = cell(item[key]);
          }
        }
      }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push(kValuesKey);
      columns.push(valuesKeyArray);
    }
    head.unshift(kIndexKey);
    columns.unshift(indexKeyArray);
    return final(head, columns);
  },
};

// Objects (not arrays or typed arrays) with more than two keys collapse to
// `[Object]` in a table cell.
function inspectTableCell(console, v) {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && !isTypedArray(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, {
    depth,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...console[kGetInspectOptions](console._stdout),
  });
}

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
  formatTime,
  kWriteToConsole,
  kGetInspectOptions,
};
