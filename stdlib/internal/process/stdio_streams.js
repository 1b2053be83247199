'use strict';
// The streams behind process.stdout, process.stderr and process.stdin, of the
// kind Node picks for the descriptor: a tty.WriteStream / tty.ReadStream on a
// terminal, otherwise a synchronous writer (files and pipes are written
// synchronously on Linux, as in Node) and a reader fed by the event loop
// (pipes, sockets) or the thread pool (files).

const binding = internalBinding('process_methods');
const ttyWrap = internalBinding('tty_wrap');
// The stream class itself, not the whole node:stream module.
const Writable = require('internal/streams/writable');

function errnoException(errno, syscall) {
  return require('internal/errors').errnoException(errno, syscall);
}

function toBytes(chunk, encoding) {
  return require('buffer').Buffer.from(chunk, encoding);
}

class SyncWriteStream extends Writable {
  constructor(fd, type) {
    super({ decodeStrings: false, emitClose: true });
    this.fd = fd;
    this._type = type === 'FILE' ? 'fs' : 'pipe';
    this._isStdio = true;
    this.readable = false;
  }

  _write(chunk, encoding, callback) {
    let result;
    if (typeof chunk !== 'string') {
      result = binding.writeBytes(this.fd, chunk);
    } else if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined) {
      result = binding.writeString(this.fd, chunk);
    } else {
      result = binding.writeBytes(this.fd, toBytes(chunk, encoding));
    }
    if (result < 0) callback(errnoException(result, 'write'));
    else callback();
  }

  // Destroying a standard stream never closes its descriptor.
  _destroy(err, callback) {
    callback(err);
  }

  destroySoon() {
    return this.destroy();
  }
}

function createWritable(fd) {
  const type = ttyWrap.guessHandleType(fd);
  let stream;
  if (type === 'TTY') {
    const { WriteStream } = require('tty');
    stream = new WriteStream(fd);
    stream._type = 'tty';
    stream._isStdio = true;
    stream._destroy = (err, callback) => callback(err);
  } else {
    stream = new SyncWriteStream(fd, type);
  }
  return stream;
}

// Non-terminal stdin, read through internal/fd_reading (epoll for pipes and
// sockets, the pool for files). Made on first use of process.stdin: most scripts never read it.
let StdinStream;
function stdinStreamClass() {
  if (StdinStream !== undefined) return StdinStream;
  const Readable = require('internal/streams/readable');
  StdinStream = class StdinStream extends Readable {
  constructor(fd) {
    super({ highWaterMark: 64 * 1024 });
    this.fd = fd;
    this._reading = false;
  }

  _read() {
    require('internal/fd_reading').startReading(this);
  }

  _stopReading() {
    require('internal/fd_reading').stopReading(this);
  }

  pause() {
    const result = super.pause();
    this._stopReading();
    return result;
  }

  _destroy(err, callback) {
    this._stopReading();
    callback(err);
  }
};
  return StdinStream;
}

function createStdin() {
  const fd = 0;
  const type = ttyWrap.guessHandleType(fd);
  if (type === 'TTY') {
    const { ReadStream } = require('tty');
    const stream = new ReadStream(fd);
    stream.fd = fd;
    return stream;
  }
  return new (stdinStreamClass())(fd);
}

module.exports = { createWritable, createStdin, SyncWriteStream };
