'use strict';
// The Readable iterator helpers: map, filter, flatMap, drop, take,
// asIndexedPairs, compose (returning streams) and forEach, toArray, some,
// every, find, reduce (returning promises). map runs up to `concurrency`
// calls at once and keeps results in input order.

// internal/errors and internal/validators load only when needed.
const { errors, validators } = require('internal/lazy');
const { isWritable, isNodeStream } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validators().validateObject(options, 'options');
  if (options && options.signal != null) validators().validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);

  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validators().validateInteger(concurrency, 'options.concurrency', 1);
  validators().validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const source = this;
  return (async function* map() {
    const { AbortSignal, AbortController } = require('internal/abort_controller');
    const signal = options && options.signal ?
      AbortSignal.any([options.signal]) : new AbortController().signal;
    const signalOpt = { signal };

    // Results (promises) in input order; the pump fills it, we drain it.
    const queue = [];
    let wakeConsumer = null;
    let wakePump = null;
    let done = false;
    let running = 0;

    function maybeResume() {
      if (wakePump && !done && running < concurrency && queue.length < highWaterMark) {
        const w = wakePump;
        wakePump = null;
        w();
      }
    }
    function afterItem() {
      running -= 1;
      maybeResume();
    }
    function onItemError() {
      done = true;
      afterItem();
    }
    function notify() {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    }

    async function pump() {
      try {
        for await (let val of source) {
          if (done) return;
          if (signal.aborted) throw new (errors().AbortError)();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          running += 1;
          val.then(afterItem, onItemError);
          queue.push(val);
          notify();
          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((resolve) => {
              wakePump = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, onItemError);
        queue.push(val);
      } finally {
        done = true;
        notify();
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new (errors().AbortError)();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          wakeConsumer = resolve;
        });
      }
    } finally {
      done = true;
      if (wakePump) {
        const w = wakePump;
        wakePump = null;
        w();
      }
    }
  }).call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return (async function* asIndexedPairs() {
    let index = 0;
    if (options && options.signal && options.signal.aborted) {
      throw new (errors().AbortError)(undefined, { cause: options.signal.reason });
    }
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) {
        throw new (errors().AbortError)(undefined, { cause: options.signal.reason });
      }
      yield [index++, val];
    }
  }).call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function emptyReduceError() {
  const err = new (errors().codes.ERR_MISSING_ARGS)('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = new (errors().AbortError)(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }

  const { AbortController } = require('internal/abort_controller');
  const ac = new AbortController();
  const signal = ac.signal;
  if (options && options.signal) {
    options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  }
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (options && options.signal && options.signal.aborted) throw new (errors().AbortError)();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw emptyReduceError();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options && options.signal && options.signal.aborted) {
      throw new (errors().AbortError)(undefined, { cause: options.signal.reason });
    }
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  }).call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new (errors().codes.ERR_OUT_OF_RANGE)('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* drop() {
    if (options && options.signal && options.signal.aborted) throw new (errors().AbortError)();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new (errors().AbortError)();
      if (number-- <= 0) yield val;
    }
  }).call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* take() {
    if (options && options.signal && options.signal.aborted) throw new (errors().AbortError)();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new (errors().AbortError)();
      if (number-- > 0) yield val;
      // Stop without pulling another item once enough were taken.
      if (number <= 0) return;
    }
  }).call(this);
}

module.exports.streamReturningOperators = {
  asIndexedPairs,
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
