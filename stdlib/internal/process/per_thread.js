'use strict';
// The methods of `process` that are plain JS over the process_methods binding:
// exit and exitCode, hrtime, memoryUsage, env, nextTick, emitWarning, stdio.

// internal/errors is loaded when an error is built, not at start-up.
function codes() {
  return require('internal/errors').codes;
}
// Arguments are checked inline; internal/validators is loaded only to throw
// its error (it is not needed at start-up).
function validators() {
  return require('internal/validators');
}

let exitCode;

function validateExitCode(code) {
  if (code === undefined || code === null) return code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) return code;
  if (!Number.isSafeInteger(code)) validators().validateInteger(code, 'code');
  return code;
}

function setupProcessMethods(process, binding) {
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) { exitCode = validateExitCode(code); },
  });

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    const final = Number(process.exitCode ?? 0) | 0;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', final);
    }
    binding.reallyExit(Number(process.exitCode ?? 0) | 0);
  };
  process.reallyExit = (code) => binding.reallyExit(code | 0);
  process.abort = function abort() { binding.reallyExit(134); };

  process.cwd = binding.cwd;
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
    }
    binding.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask();
    // A file mode: a 32-bit unsigned integer or an octal string (the kernel
    // keeps the permission bits).
    return binding.umask(validators().parseFileMode(mask, 'mask'));
  };
  process.getuid = binding.getuid;
  process.geteuid = binding.geteuid;
  process.getgid = binding.getgid;
  process.getegid = binding.getegid;

  function hrtime(previous) {
    const now = binding.hrtime();
    if (previous === undefined) return now;
    if (!Array.isArray(previous)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('time', 'an instance of Array', previous);
    }
    if (previous.length !== 2) {
      throw new (codes().ERR_OUT_OF_RANGE)('time', 2, previous.length);
    }
    let sec = now[0] - previous[0];
    let nsec = now[1] - previous[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  }
  hrtime.bigint = binding.hrtimeBigInt;
  process.hrtime = hrtime;
  process.uptime = binding.uptime;
  const memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  memoryUsage.rss = binding.rss;
  process.memoryUsage = memoryUsage;
  process.cpuUsage = function cpuUsage() {
    const us = Math.round(binding.uptime() * 1e6);
    return { user: us, system: 0 };
  };

  process.kill = function kill(pid, sig = 'SIGTERM') {
    if (pid != (pid | 0)) throw new (codes().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
    const signals = require('internal/process/signals').signals;
    let num;
    if (typeof sig === 'number') num = sig;
    else if (typeof sig === 'string' && signals[sig] !== undefined) num = signals[sig];
    else throw new (codes().ERR_UNKNOWN_SIGNAL)(sig);
    const r = binding.kill(pid | 0, num);
    if (r < 0) {
      throw require('internal/errors').errnoException(r, 'kill');
    }
    return true;
  };

  process.env = createEnv(binding);

  process.nextTick = function nextTick(callback, ...args) {
    if (typeof callback !== 'function') validators().validateFunction(callback, 'callback');
    if (process._exiting) return;
    binding.queueTick(callback, args);
  };

  process.emitWarning = function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  };

  require('internal/process/stdio').setupStdio(process);
  process.binding = function binding(name) {
    throw new (codes().ERR_NOT_IMPLEMENTED)(`process.binding('${name}')`);
  };
}

// process.env: every value is a string; assignment coerces, delete removes.
function createEnv(binding) {
  const target = Object.create(null);
  return new Proxy(target, {
    get(_, key) {
      if (typeof key === 'symbol') return undefined;
      return binding.envGet(key);
    },
    set(_, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      binding.envSet(key, `${value}`);
      return true;
    },
    defineProperty(_, key, desc) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (!('value' in desc) || desc.get || desc.set) {
        throw new (codes().ERR_INVALID_OBJECT_DEFINE_PROPERTY)(
          `'process.env' does not accept an accessor(getter/setter) descriptor`);
      }
      binding.envSet(key, `${desc.value}`);
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'symbol') binding.envDelete(key);
      return true;
    },
    has(_, key) {
      return typeof key !== 'symbol' && binding.envGet(key) !== undefined;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key === 'symbol') return undefined;
      const value = binding.envGet(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
  });
}

module.exports = { setupProcessMethods };
