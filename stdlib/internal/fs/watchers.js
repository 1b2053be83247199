'use strict';
// fs.watchFile / fs.unwatchFile: a StatWatcher polls with fs.stat (one pool
// request per tick) on a timer and emits 'change' (curr, prev) when the stats
// differ. fs.watch and fsPromises.watch: an FSWatcher over inotify, whose
// descriptor the event loop watches (internalBinding('fs_event_wrap')).

const EventEmitter = require('events');
const fs = require('fs');
const { AbortError, uvException } = require('internal/errors');
const {
  validateFunction, validateBoolean, validateAbortSignal, validateObject,
} = require('internal/validators');
const { toPath, pathToString, Stats, BigIntStats, assertEncoding } = require('internal/fs/utils');
const pathModule = require('path');

function emptyStats(bigint) {
  if (bigint) {
    return new BigIntStats(0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n);
  }
  return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

function sameStats(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size &&
    a.ino === b.ino && a.mode === b.mode && a.nlink === b.nlink && a.dev === b.dev;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._refed = true;
  }

  start(filename, persistent, interval) {
    const poll = () => {
      fs.stat(filename, { bigint: this._bigint }, (err, curr) => {
        if (this._timer === null) return;
        if (err) curr = emptyStats(this._bigint);
        const prev = this._prev ?? emptyStats(this._bigint);
        const first = this._prev === null;
        this._prev = curr;
        if (first) {
          // Node reports a missing file once, at the first poll.
          if (err) this.emit('change', curr, prev);
          return;
        }
        if (!sameStats(curr, prev)) this.emit('change', curr, prev);
      });
    };
    this._timer = setInterval(poll, interval);
    if (!persistent) this._timer.unref();
    poll();
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._timer?.ref();
    return this;
  }

  unref() {
    this._timer?.unref();
    return this;
  }
}

const watchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(toPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  validateFunction(listener, 'listener');
  let watcher = watchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    watchers.set(filename, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(toPath(filename, 'filename'));
  const watcher = watchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    watchers.delete(filename);
  }
}

const kId = Symbol('kId');

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  if (encoding !== 'buffer') assertEncoding(encoding);
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { persistent, recursive, encoding, signal };
}

function encodeName(name, encoding) {
  if (name === null || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buffer = require('buffer').Buffer.from(name);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kId] = 0;
  }

  // Start watching; throws Node's ENOENT (syscall 'watch') and friends.
  start(filename, persistent, recursive, encoding) {
    // The watch binding takes a string; `err.filename` is the path as given.
    const given = toPath(filename, 'filename');
    const path = pathToString(given);
    const id = internalBinding('fs_event_wrap').start(path, recursive, (eventType, name) => {
      if (this[kId] !== 0) this.emit('change', eventType, encodeName(name, encoding));
    });
    if (id < 0) {
      const err = uvException({ errno: id, syscall: 'watch', path });
      err.filename = given;
      throw err;
    }
    this[kId] = id;
    if (!persistent) this.unref();
  }

  close() {
    if (this[kId] === 0) return;
    internalBinding('fs_event_wrap').close(this[kId]);
    this[kId] = 0;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kId] !== 0) internalBinding('fs_event_wrap').setRef(this[kId], true);
    return this;
  }

  unref() {
    if (this[kId] !== 0) internalBinding('fs_event_wrap').setRef(this[kId], false);
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const { persistent, recursive, encoding, signal } = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, persistent, recursive, encoding);
  if (listener !== undefined) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fsPromises.watch: an async iterator of { eventType, filename }; aborting
// its signal rejects the pending next() with an AbortError.
// fsPromises.watch is an async generator, as Node's: nothing (not even
// argument validation) happens before the first next().
async function* watchAsync(filename, options = {}) {
  yield* startWatchAsync(filename, options);
}

function startWatchAsync(filename, options) {
  const { persistent, recursive, encoding, signal } = watchOptions(options);
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  const watcher = new FSWatcher();
  watcher.start(filename, persistent, recursive, encoding);
  const queue = [];
  let waiting = null;
  let failure = null;
  let done = false;
  const settle = () => {
    if (waiting === null) return;
    const { resolve, reject } = waiting;
    if (failure !== null) {
      waiting = null;
      reject(failure);
    } else if (queue.length > 0) {
      waiting = null;
      resolve({ value: queue.shift(), done: false });
    } else if (done) {
      waiting = null;
      resolve({ value: undefined, done: true });
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    settle();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    watcher.close();
    settle();
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  const finish = () => {
    done = true;
    watcher.close();
    if (signal) signal.removeEventListener('abort', onAbort);
    settle();
  };
  return {
    next() {
      if (failure !== null) return Promise.reject(failure);
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

module.exports = { watchFile, unwatchFile, watch, watchAsync, StatWatcher, FSWatcher };
