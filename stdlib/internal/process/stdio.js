'use strict';
// process.stdout, process.stderr and process.stdin: made on first access
// (internal/process/stdio_streams builds them), and the global console's
// shortcut: while the stream for fd 1 or 2 has not been made and the
// descriptor is not a terminal, console output is written to it directly —
// synchronously, as the stream would (files and pipes are written
// synchronously on Linux, as in Node) — so `console.log('x')` does not build
// a Writable stream.

const binding = internalBinding('process_methods');

// By fd: 0 stdin, 1 stdout, 2 stderr.
const streams = [undefined, undefined, undefined];
const kNames = ['stdin', 'stdout', 'stderr'];
const getters = [];
// The handle type of fd 1 and 2 ('TTY', 'PIPE', 'FILE', ...), read once.
const handleTypes = [undefined, undefined, undefined];

function getStdio(fd) {
  if (streams[fd] === undefined) {
    const lib = require('internal/process/stdio_streams');
    streams[fd] = fd === 0 ? lib.createStdin() : lib.createWritable(fd);
  }
  return streams[fd];
}

function setupStdio(process) {
  for (let fd = 0; fd < 3; fd++) {
    getters[fd] = function() {
      return getStdio(fd);
    };
    Object.defineProperty(getters[fd], 'name', { value: `get ${kNames[fd]}` });
    Object.defineProperty(process, kNames[fd], {
      configurable: true,
      enumerable: false,
      get: getters[fd],
    });
  }
}

// Writes `string` to fd 1 or 2 if its stream has not been made and would be
// a synchronous writer; false when the caller must use process.stdout /
// process.stderr instead (a terminal, a stream already in use, or a
// process.stdout the program has replaced). Errors are ignored, as the
// console ignores its stream's errors.
function writeDirect(fd, string) {
  if (!canWriteDirect(fd)) return false;
  binding.writeString(fd, string);
  return true;
}

function canWriteDirect(fd) {
  if (streams[fd] !== undefined) return false;
  const desc = Object.getOwnPropertyDescriptor(process, kNames[fd]);
  if (desc === undefined || desc.get !== getters[fd]) return false;
  if (handleTypes[fd] === undefined) {
    handleTypes[fd] = internalBinding('tty_wrap').guessHandleType(fd);
  }
  return handleTypes[fd] === 'FILE' || handleTypes[fd] === 'PIPE';
}

module.exports = { setupStdio, getStdio, writeDirect, canWriteDirect };
