'use strict';
// Reading a descriptor into a Readable stream, for process.stdin and
// tty.ReadStream: chunks arrive from tty_wrap.readStart (epoll for
// terminals, pipes and sockets; the thread pool for files) and are pushed;
// reading stops while the consumer has enough or is paused, so an idle
// descriptor does not keep the process alive. The stream keeps `fd`,
// `_reading` and a `_stopReading()` method that calls stopReading.

const ttyWrap = internalBinding('tty_wrap');

function errnoException(errno, syscall) {
  return require('internal/errors').errnoException(errno, syscall);
}

function startReading(stream) {
  if (stream._reading) return;
  stream._reading = true;
  const err = ttyWrap.readStart(stream.fd, (errno, chunk) => {
    if (errno) {
      stream._reading = false;
      stream.destroy(errnoException(errno, 'read'));
      return;
    }
    if (chunk === null) {
      stream._reading = false;
      stream.push(null);
      return;
    }
    const { Buffer } = require('buffer');
    if (!stream.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) {
      stream._stopReading();
    }
  });
  if (err < 0) {
    stream._reading = false;
    process.nextTick(() => stream.destroy(errnoException(err, 'read')));
  }
}

function stopReading(stream) {
  if (!stream._reading) return;
  stream._reading = false;
  ttyWrap.readStop(stream.fd);
}

module.exports = { startReading, stopReading };
