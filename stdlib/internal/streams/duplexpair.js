'use strict';
// duplexPair([options]): two Duplex streams wired to each other, what one
// side writes the other reads.

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('kCallback');
const kOtherSide = Symbol('kOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOtherSide] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function(chunk, encoding, callback) {
  const other = this[kOtherSide];
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    other.push(chunk);
    other[kCallback] = callback;
  }
};

DuplexSide.prototype._final = function(callback) {
  const other = this[kOtherSide];
  other.on('end', callback);
  other.push(null);
};

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
