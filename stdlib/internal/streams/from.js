'use strict';
// Readable.from(iterable[, options]): a Readable (object mode by default)
// fed from a sync or async iterable; promises yielded by a sync iterable are
// awaited.

// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');
const { getBuffer } = require('internal/streams/utils');

function from(Readable, iterable, opts) {
  const B = getBuffer();
  if (typeof iterable === 'string' || (B !== null && iterable instanceof B)) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // Set while a next() is outstanding, so _read does not start another.
  let reading = false;
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Sync iterables of plain values are pushed without awaiting.
  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          return changeToAsyncValues(value);
        }
        if (value === null) {
          reading = false;
          throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (res === null) {
          reading = false;
          throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw new (errors().codes.ERR_STREAM_NULL_VALUES)();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
