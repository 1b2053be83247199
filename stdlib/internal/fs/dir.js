'use strict';
// fs.Dir / fs.opendir: the directory is listed once (one pool request for
// the async forms, in directory order) and handed out entry by entry. Reads
// behave as Node's, which fetch `bufferSize` entries per native read: a read
// that finds no fetched entry left is an operation in progress until the
// tick after its callback (other reads and close() queue behind it; the
// synchronous methods throw ERR_DIR_CONCURRENT_OPERATION), and one served
// from the fetched entries calls back on the next tick.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  Dirent, toPath, getOptions, encodeName, namesMode, kNamesBytes, joinPath, pathToString,
} = require('internal/fs/utils');

const kPath = Symbol('kDirPath');
const kEntries = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kQueue = Symbol('kDirOperationQueue');
// How many listed entries the last (emulated) native read made available.
const kFetched = Symbol('kDirFetched');

class Dir {
  constructor(path, names, types, options) {
    if (!path) throw new ERR_MISSING_ARGS('handle');
    this[kPath] = path;
    this[kOptions] = options;
    this[kClosed] = false;
    this[kQueue] = null;
    this[kFetched] = 0;
    const entries = [];
    for (let i = 0; i < names.length; i++) entries.push([names[i], types[i], path]);
    this[kEntries] = entries;
  }

  get path() {
    return this[kPath];
  }

  #next() {
    const next = this[kEntries].shift();
    if (next === undefined) return null;
    const [name, type, dir] = next;
    const { encoding, recursive } = this[kOptions];
    if (recursive && type === 2) {
      // A subdirectory's path is a string under a string path (as Node's
      // path.join), its bytes under a Buffer path or with encoding 'buffer'.
      let sub = joinPath(dir, name);
      if (typeof dir === 'string' && encoding !== 'buffer') sub = pathToString(sub);
      // As Node's, a subdirectory that cannot be opened fails this read.
      const [names, types] = binding.readdir(sub, true, 2, dirNames(sub, encoding));
      for (let i = 0; i < names.length; i++) this[kEntries].push([names[i], types[i], sub]);
      this[kFetched] += names.length;
    }
    return new Dirent(encodeName(name, encoding), type, dir);
  }

  // What a native read of up to bufferSize entries would make available.
  #fetch() {
    this[kFetched] = Math.min(this[kOptions].bufferSize, this[kEntries].length);
  }

  #take() {
    if (this[kFetched] === 0) this.#fetch();
    if (this[kFetched] > 0) this[kFetched]--;
    return this.#next();
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#take();
  }

  read(callback) {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, entry) => (err ? reject(err) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    this.#read(callback);
  }

  #read(callback) {
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.#read(callback));
      return;
    }
    if (this[kFetched] > 0) {
      this.#deliver(callback, true);
      return;
    }
    // A native read: operations wait until the tick after its callback.
    this[kQueue] = [];
    process.nextTick(() => {
      process.nextTick(() => {
        const queue = this[kQueue];
        this[kQueue] = null;
        for (const op of queue) op();
      });
      this.#fetch();
      if (this[kFetched] === 0) callback(null, null);
      else this.#deliver(callback, false);
    });
  }

  // Hands the next fetched entry to `callback` (on the next tick when
  // `later`); an error listing a recursive subdirectory goes to it at once.
  #deliver(callback, later) {
    let entry;
    try {
      this[kFetched]--;
      entry = this.#next();
    } catch (err) {
      callback(err);
      return;
    }
    if (later) process.nextTick(callback, null, entry);
    else callback(null, entry);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve) => this.close(resolve)).then(() => undefined);
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    process.nextTick(callback, null);
  }

  async *entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

// How the binding returns a directory's names: raw bytes when they are
// wanted as bytes (encoding 'buffer', a Buffer path) or in another encoding.
function dirNames(path, encoding) {
  return typeof path === 'string' ? namesMode(encoding) : kNamesBytes;
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8', bufferSize: 32, recursive: false });
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const p = toPath(path);
  const opts = dirOptions(options);
  binding.readdir(p, true, true, dirNames(p, opts.encoding), (err, r) => {
    if (err) callback(err);
    else callback(null, new Dir(p, r[0], r[1], opts));
  });
}

function opendirSync(path, options) {
  const p = toPath(path);
  const opts = dirOptions(options);
  const [names, types] = binding.readdir(p, true, true, dirNames(p, opts.encoding));
  return new Dir(p, names, types, opts);
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}


module.exports = { Dir, opendir, opendirSync, opendirPromise };
