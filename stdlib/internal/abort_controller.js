'use strict';
// AbortController and AbortSignal (with abort(), timeout(), any(), reasons as
// DOMExceptions), on EventTarget.

const { EventTarget, Event } = require('internal/event_target');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kCreate = Symbol('kCreate');

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = domException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = require('internal/timers').setTimeout(() => {
      abortSignal(signal, domException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    const list = Array.from(signals);
    const result = new AbortSignal(kCreate);
    for (const s of list) {
      if (!(s instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', s);
    }
    const done = list.find((s) => s.aborted);
    if (done) {
      result[kAborted] = true;
      result[kReason] = done.reason;
      return result;
    }
    for (const s of list) {
      s.addEventListener('abort', () => abortSignal(result, s.reason), { once: true });
    }
    return result;
  }
}

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  if (typeof signal.onabort === 'function') signal.onabort.call(signal, event);
  signal.dispatchEvent(event);
}

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() { return this.#signal; }

  abort(reason = domException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
}

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, abortSignal };
