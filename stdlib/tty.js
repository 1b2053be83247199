'use strict';
// node:tty — isatty, ReadStream and WriteStream, written to Node 20's
// documented and observed behaviour.
//
// The terminal itself (handle type, window size, raw mode, reading as it is
// typed) comes from internalBinding('tty_wrap'); without it, window size
// falls back to 80x24, raw mode only records the flag, and a ReadStream reads
// its descriptor to the end on the thread pool.

const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  errnoException,
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

const processBinding = internalBinding('process_methods');

let ttyBinding;
function ttyWrap() {
  if (ttyBinding === undefined) {
    try {
      ttyBinding = internalBinding('tty_wrap');
    } catch {
      ttyBinding = null;
    }
  }
  return ttyBinding;
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && processBinding.isatty(fd) === true;
}

// What kind of descriptor `fd` is, as libuv's uv_guess_handle() sees it:
// 'TTY', 'PIPE', 'FILE', 'TCP', 'UNKNOWN'...
function guessHandleType(fd) {
  const tw = ttyWrap();
  if (tw && typeof tw.guessHandleType === 'function') return tw.guessHandleType(fd);
  if (processBinding.isatty(fd) === true) return 'TTY';
  // Without the binding, Linux's /proc names the descriptor's target.
  const fsBinding = internalBinding('fs');
  try {
    if (fsBinding.internalModuleStat(`/proc/self/fd/${fd}`) < 0) return 'UNKNOWN';
  } catch {
    return 'UNKNOWN';
  }
  let target;
  try {
    target = fsBinding.realpath(`/proc/self/fd/${fd}`);
  } catch (err) {
    if (err && err.code === 'ENOENT') {
      // `pipe:[n]`, `socket:[n]`, `anon_inode:...` do not resolve.
      return 'PIPE';
    }
    return 'UNKNOWN';
  }
  if (typeof target !== 'string') return 'UNKNOWN';
  return 'FILE';
}

// uv_tty_init() accepts terminals, pipes and sockets, not files.
function initTTY(fd) {
  const type = guessHandleType(fd);
  if (type === 'FILE' || type === 'UNKNOWN') {
    throw new ERR_TTY_INIT_FAILED({
      errno: -22,
      code: 'EINVAL',
      message: 'invalid argument',
      syscall: 'uv_tty_init',
    });
  }
}

function validateFd(fd) {
  // eslint-disable-next-line no-bitwise
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
}

let lazyStream;
function stream() {
  if (lazyStream === undefined) lazyStream = require('stream');
  return lazyStream;
}

let lazyReadline;
function readline() {
  if (lazyReadline === undefined) lazyReadline = require('readline');
  return lazyReadline;
}

let decoder;
function chunkToString(chunk, encoding) {
  if (typeof chunk === 'string') return chunk;
  if (typeof chunk.toString === 'function' && chunk.toString !== Uint8Array.prototype.toString &&
      typeof globalThis.Buffer === 'function' && globalThis.Buffer.isBuffer(chunk)) {
    return chunk.toString(encoding && encoding !== 'buffer' ? encoding : 'utf8');
  }
  if (decoder === undefined) decoder = new (require('internal/encoding').TextDecoder)();
  return decoder.decode(chunk);
}

// ---------------------------------------------------------------------------
// Colour support, from the environment (the same answer for every stream).

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const kTermColors = {
  __proto__: null,
  eterm: COLORS_16,
  cons25: COLORS_16,
  console: COLORS_16,
  cygwin: COLORS_16,
  dtterm: COLORS_16,
  gnome: COLORS_16,
  hurd: COLORS_16,
  jfbterm: COLORS_16,
  konsole: COLORS_16,
  kterm: COLORS_16,
  mlterm: COLORS_16,
  mosh: COLORS_16m,
  putty: COLORS_16,
  st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};

const kCiNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI',
  'TRAVIS'];

const kTermPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
  /^xterm/, /^vt100/];

let warnedIgnoredColorEnv = false;
function warnIgnoredColorEnv(env) {
  if (warnedIgnoredColorEnv) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) {
    if (name !== '') name += '\' and \'';
    name += 'NO_COLOR';
  }
  if (name !== '') {
    process.emitWarning(
      `The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warnedIgnoredColorEnv = true;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnIgnoredColorEnv(env);
        return COLORS_16;
      case '2':
        warnIgnoredColorEnv(env);
        return COLORS_256;
      case '3':
        warnIgnoredColorEnv(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }

  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }

  if (process.platform === 'win32') return COLORS_16m;

  if (env.TMUX) return COLORS_256;

  if (env.CI) {
    if (kCiNames.some((name) => name in env)) return COLORS_256;
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }

  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }

  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }

  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;

  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (kTermColors[term]) return kTermColors[term];
    if (kTermPatterns.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  validateFd(fd);
  initTTY(fd);
  stream().Duplex.call(this, {
    readableHighWaterMark: 0, allowHalfOpen: false, decodeStrings: false, ...options,
  });
  this.fd = fd;
  this._reading = false;
  this.isRaw = false;
  this.isTTY = true;
}

// Both classes are duplex streams over the descriptor, as Node's are (they
// extend net.Socket). Reading and writing live on a prototype between them
// and Duplex, so each class's own prototype holds just its public methods.
const ttyBase = {};

function setupReadStream() {
  Object.setPrototypeOf(ttyBase, stream().Duplex.prototype);
  Object.setPrototypeOf(ReadStream.prototype, ttyBase);
  Object.setPrototypeOf(ReadStream, stream().Duplex);
}

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const tw = ttyWrap();
  if (tw && typeof tw.setRawMode === 'function') {
    const err = tw.setRawMode(this.fd, flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
  }
  this.isRaw = flag;
  return this;
};

// Reading: internal/fd_reading, shared with a non-terminal process.stdin.
Object.defineProperty(ttyBase, '_read', {
  __proto__: null,
  value: function _read() {
    require('internal/fd_reading').startReading(this);
  },
  writable: true,
  configurable: true,
});

Object.defineProperty(ttyBase, '_stopReading', {
  __proto__: null,
  value: function _stopReading() {
    require('internal/fd_reading').stopReading(this);
  },
  writable: true,
  configurable: true,
});

Object.defineProperty(ttyBase, 'pause', {
  __proto__: null,
  value: function pause() {
    const result = stream().Duplex.prototype.pause.call(this);
    this._stopReading();
    return result;
  },
  writable: true,
  configurable: true,
});

Object.defineProperty(ttyBase, '_destroy', {
  __proto__: null,
  value: function _destroy(err, callback) {
    this._stopReading();
    callback(err);
  },
  writable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------
// WriteStream

function windowSize(fd) {
  const tw = ttyWrap();
  if (tw && typeof tw.getWindowSize === 'function') {
    const size = [0, 0];
    const err = tw.getWindowSize(fd, size);
    return err ? { err } : { columns: size[0], rows: size[1] };
  }
  if (processBinding.isatty(fd) !== true) return { err: -25 }; // ENOTTY
  return { columns: 80, rows: 24 };
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  validateFd(fd);
  initTTY(fd);
  stream().Duplex.call(this, { readableHighWaterMark: 0, allowHalfOpen: false, decodeStrings: false });
  this.fd = fd;
  this._type = 'tty';
  // Output only: nothing is read unless asked for.
  this._reading = true;
  const size = windowSize(fd);
  if (size.err === undefined) {
    this.columns = size.columns;
    this.rows = size.rows;
  }
}

function setupWriteStream() {
  Object.setPrototypeOf(WriteStream.prototype, ttyBase);
  Object.setPrototypeOf(WriteStream, stream().Duplex);
}

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const oldColumns = this.columns;
  const oldRows = this.rows;
  const size = windowSize(this.fd);
  if (size.err !== undefined) {
    this.emit('error', errnoException(size.err, 'getWindowSize'));
    return;
  }
  if (oldColumns !== size.columns || oldRows !== size.rows) {
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return readline().cursorTo(this, x, y, callback);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return readline().moveCursor(this, dx, dy, callback);
};

WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return readline().clearLine(this, dir, callback);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return readline().clearScreenDown(this, callback);
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

Object.defineProperty(ttyBase, '_write', {
  __proto__: null,
  value: function _write(chunk, encoding, callback) {
    let result;
    try {
      if (typeof chunk === 'string' &&
          (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')) {
        result = processBinding.writeString(this.fd, chunk);
      } else if (typeof processBinding.writeBytes === 'function') {
        const bytes = typeof chunk === 'string' ?
          require('buffer').Buffer.from(chunk, encoding) : chunk;
        result = processBinding.writeBytes(this.fd, bytes);
      } else {
        result = processBinding.writeString(this.fd, chunkToString(chunk, encoding));
      }
    } catch (err) {
      callback(err);
      return;
    }
    if (typeof result === 'number' && result < 0) callback(errnoException(result, 'write'));
    else callback();
  },
  writable: true,
  configurable: true,
});

setupReadStream();
setupWriteStream();

module.exports = {
  isatty,
  ReadStream,
  WriteStream,
};
