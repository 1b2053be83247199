'use strict';
// The Console class behind node:console and the global `console`. Start-up
// compiles this file for the global console, so it holds only what
// `console.log('text')` needs. Output that is not strings and uncoloured
// primitives is formatted by internal/console/format; the other methods are in
// internal/console/methods.

let methodsModule;
function methods() {
  methodsModule ??= require('internal/console/methods');
  return methodsModule;
}
let stdioModule;
function stdio() {
  stdioModule ??= require('internal/process/stdio');
  return stdioModule;
}

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');

// Console -> the inspectOptions given to its constructor.
const optionsMap = new WeakMap();
// Console with lazy streams (the global one) -> [stdout, stderr]: undefined
// until first used; then the stream read from process, or null for
// process's own stream not yet made (see writeToConsole).
const lazyStreams = new WeakMap();

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  Reflect.apply(methods().setUpConsole, this, arguments);
}

// True for every console, the global one included (which does not inherit
// from Console.prototype).
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance[kIsConsole];
  },
});

const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });

function bindProperties(console, ignoreErrors, colorMode, groupIndentation = 2) {
  Object.defineProperties(console, {
    _stdoutErrorHandler: hidden(createWriteErrorHandler(console, true)),
    _stderrErrorHandler: hidden(createWriteErrorHandler(console, false)),
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
}

// Every stream write's callback; a failed write is handled by code loaded
// then.
function createWriteErrorHandler(console, useStdout) {
  return (err) => {
    if (err !== null && err !== undefined) {
      const stream = useStdout ? console._stdout : console._stderr;
      require('internal/console/stream_write').onWriteError(stream);
    }
  };
}

// _stdout and _stderr read from process on first use.
function bindStreamsLazy(console) {
  const streams = [undefined, undefined];
  lazyStreams.set(console, streams);
  const lazy = (index, name) => ({
    enumerable: false,
    configurable: true,
    get() {
      if (streams[index] === null) streams[index] = stdio().getStdio(index + 1);
      streams[index] ??= process[name];
      return streams[index];
    },
    set(value) {
      streams[index] = value;
    },
  });
  Object.defineProperties(console, {
    _stdout: lazy(0, 'stdout'),
    _stderr: lazy(1, 'stderr'),
  });
}

// 1 or 2 when the stream is a lazy one that is not yet read from process,
// or is process's own stream not yet made. Else 0.
function unmadeFd(console, useStdout) {
  const streams = lazyStreams.get(console);
  const index = useStdout ? 0 : 1;
  if (streams === undefined || (streams[index] !== undefined && streams[index] !== null)) return 0;
  return index + 1;
}

function writeToConsole(console, useStdout, string) {
  const groupIndent = console[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replaceAll('\n', `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';

  // Output to a file or pipe need not make process.stdout (or stderr): it
  // goes straight to the fd. This is the stream's first use, so the console
  // is now bound to process's own stream (null), whatever process.stdout
  // is set to later.
  const fd = unmadeFd(console, useStdout);
  if (fd !== 0 && stdio().writeDirect(fd, string)) {
    lazyStreams.get(console)[fd - 1] = null;
    return undefined;
  }
  const stream = useStdout ? console._stdout : console._stderr;
  if (console._ignoreErrors === false) return stream.write(string);

  const errorHandler = useStdout ? console._stdoutErrorHandler : console._stderrErrorHandler;
  return require('internal/console/stream_write').writeIgnoringErrors(stream, string, errorHandler);
}

// Whether output of `console` to stdout (or stderr) is coloured: its colour
// mode, or in 'auto' mode whether the stream is a colour terminal. A lazy
// stream not yet made, for a file or pipe, is not a terminal (and is not
// made to find out).
function colorsFor(console, useStdout) {
  const color = console[kColorMode];
  if (color !== 'auto') return Boolean(color);
  const fd = unmadeFd(console, useStdout);
  if (fd !== 0 && stdio().canWriteDirect(fd)) return false;
  const stream = useStdout ? console._stdout : console._stderr;
  return Boolean(stream.isTTY) && (
    typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

// util.format of strings and primitives without loading inspect: what it
// makes of them when no placeholder, colour or inspect option applies (then
// undefined, and inspect formats the output).
function formatPlain(console, useStdout, args) {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  if (typeof args[0] === 'string' && args[0].includes('%')) return undefined;
  const parts = new Array(args.length);
  let onlyStrings = true;
  for (let i = 0; i < args.length; i++) {
    const value = args[i];
    switch (typeof value) {
      case 'string':
        parts[i] = value;
        continue;
      case 'number':
        parts[i] = Object.is(value, -0) ? '-0' : `${value}`;
        break;
      case 'bigint':
        parts[i] = `${value}n`;
        break;
      case 'boolean':
      case 'undefined':
        parts[i] = `${value}`;
        break;
      default:
        if (value !== null) return undefined;
        parts[i] = 'null';
    }
    onlyStrings = false;
  }
  if (!onlyStrings && (optionsMap.has(console) || colorsFor(console, useStdout))) return undefined;
  return parts.join(' ');
}

function format(console, useStdout, args) {
  return formatPlain(console, useStdout, args) ??
    require('internal/console/format').formatInspected(console, useStdout, args);
}

// Method shorthands: console methods are not constructors.
const { log, warn } = {
  log(...args) {
    writeToConsole(this, true, format(this, true, args));
  },
  warn(...args) {
    writeToConsole(this, false, format(this, false, args));
  },
};

// Not lazy as the others: the stack is cut at this function's frame. (A
// plain function, with a prototype, as Node's.)
function trace(...args) {
  this.error(methods().captureTrace(format(this, false, args), trace));
}

// A method whose code is in internal/console/methods.
function lazyMethod(name, length = 0) {
  const method = {
    [name](...args) {
      return Reflect.apply(methods()[name], this, args);
    },
  }[name];
  if (length !== 0) Object.defineProperty(method, 'length', { value: length });
  return method;
}

// In Node's order; the aliases are the functions they alias.
Object.assign(Console.prototype, {
  log,
  warn,
  dir: lazyMethod('dir', 2),
  time: lazyMethod('time'),
  timeEnd: lazyMethod('timeEnd'),
  timeLog: lazyMethod('timeLog'),
  trace,
  assert: lazyMethod('assert', 1),
  clear: lazyMethod('clear'),
  count: lazyMethod('count'),
  countReset: lazyMethod('countReset'),
  group: lazyMethod('group'),
  groupEnd: lazyMethod('groupEnd'),
  table: lazyMethod('table', 2),
  debug: log,
  info: log,
  dirxml: log,
  error: warn,
});
Console.prototype.groupCollapsed = Console.prototype.group;

module.exports = {
  Console,
  kCounts,
  kColorMode,
  kGroupIndent,
  kGroupIndentWidth,
  optionsMap,
  hidden,
  bindProperties,
  bindStreamsLazy,
  unmadeFd,
  colorsFor,
  writeToConsole,
  get formatTime() {
    return methods().formatTime;
  },
};
