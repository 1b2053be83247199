'use strict';
// process.stdout / process.stderr / process.stdin for the Foundation: writes
// are synchronous (as Node's are for files, pipes and TTYs on Linux); stdin
// reads the whole input on the thread pool and emits it. The Core library
// issue replaces these with full streams.

const EventEmitter = require('events');
const binding = internalBinding('process_methods');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_DESTROYED } } = require('internal/errors');

let decoder;
function chunkToString(chunk, encoding) {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) {
    if (typeof globalThis.Buffer === 'function' && typeof chunk.toString === 'function' &&
        chunk.toString !== Uint8Array.prototype.toString) {
      return chunk.toString(encoding && encoding !== 'buffer' ? encoding : 'utf8');
    }
    decoder ??= new (require('internal/encoding').TextDecoder)();
    return decoder.decode(chunk);
  }
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.destroyed = false;
    this.writable = true;
    this.isTTY = binding.isatty(fd) || undefined;
    if (!this.isTTY) delete this.isTTY;
    this.columns = this.isTTY ? 80 : undefined;
    this.rows = this.isTTY ? 24 : undefined;
    if (!this.isTTY) {
      delete this.columns;
      delete this.rows;
    }
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (callback) process.nextTick(callback, err);
      return false;
    }
    binding.writeString(this.fd, chunkToString(chunk, encoding));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    process.nextTick(() => this.emit('finish'));
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }

  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    process.nextTick(() => this.emit('close'));
    return this;
  }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      const level = { '': 4, 1: 4, 2: 8, 3: 24, true: 4, false: 1, 0: 1 }[env.FORCE_COLOR];
      return level ?? 4;
    }
    if (!this.isTTY || env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined ||
        env.TERM === 'dumb') {
      return 1;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (/-256(color)?$/i.test(env.TERM || '')) return 8;
    return 4;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableNeedDrain() { return false; }
}

function createWritable(fd) {
  return new WriteStream(fd);
}

// stdin: the whole input is read on the pool when a consumer appears, then
// emitted as one 'data' chunk (string when an encoding is set) and 'end'.
class ReadStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = binding.isatty(0) || undefined;
    if (!this.isTTY) delete this.isTTY;
    this._encoding = null;
    this._started = false;
    this._paused = true;
    this._chunks = null;
    this.readable = true;
    this.on('newListener', (event) => {
      if (event === 'data' || event === 'end' || event === 'readable') {
        process.nextTick(() => this.resume());
      }
    });
  }

  setEncoding(encoding) {
    this._encoding = encoding;
    return this;
  }

  resume() {
    this._paused = false;
    if (!this._started) {
      this._started = true;
      internalBinding('fs').readFile('/dev/stdin', this._encoding !== null, (err, data) => {
        if (err) {
          this.emit('error', err);
          return;
        }
        this._chunks = data;
        this._flush();
      });
    } else {
      this._flush();
    }
    return this;
  }

  pause() {
    this._paused = true;
    return this;
  }

  _flush() {
    if (this._paused || this._chunks === null) return;
    const data = this._chunks;
    this._chunks = null;
    if (data.length > 0) this.emit('data', data);
    this.readable = false;
    this.emit('end');
    this.emit('close');
  }

  unref() { return this; }
  ref() { return this; }
  setRawMode() { return this; }
  [Symbol.asyncIterator]() {
    const stream = this;
    let done = false;
    let value;
    const ready = new Promise((resolve, reject) => {
      stream.on('data', (d) => { value = d; });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    return {
      async next() {
        await ready;
        if (done || value === undefined) return { done: true, value: undefined };
        done = true;
        return { done: false, value };
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function createStdin() {
  return new ReadStream();
}

module.exports = { createWritable, createStdin };
