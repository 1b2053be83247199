'use strict';
// readline/promises' Readline: cursor commands collected and written by
// commit(), or written on the next tick with autoCommit.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

const { kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = CSI;

function isWritableStream(stream) {
  if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function' ||
      typeof stream.on !== 'function') {
    return false;
  }
  return stream.writable !== false && !stream.destroyed && !(stream._writableState &&
    (stream._writableState.ended || stream._writableState.destroyed));
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options != null && options.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += CSI`${-dx}D`;
      else if (dx > 0) data += CSI`${dx}C`;
      if (dy < 0) data += CSI`${-dy}A`;
      else if (dy > 0) data += CSI`${dy}B`;
      this.#add(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#add(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  clearScreenDown() {
    this.#add(kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
