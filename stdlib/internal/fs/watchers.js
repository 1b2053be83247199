'use strict';
// fs.watchFile / fs.unwatchFile: a StatWatcher polls with fs.stat (one pool
// request per tick) on a timer and emits 'change' (curr, prev) when the stats
// differ. fs.watch (inotify through the loop) is not implemented yet.

const EventEmitter = require('events');
const fs = require('fs');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { toPath, Stats, BigIntStats } = require('internal/fs/utils');
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

function watch() {
  throw new ERR_NOT_IMPLEMENTED('fs.watch');
}

function watchAsync() {
  throw new ERR_NOT_IMPLEMENTED('fsPromises.watch');
}

module.exports = { watchFile, unwatchFile, watch, watchAsync, StatWatcher };
