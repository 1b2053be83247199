'use strict';
// assert.CallTracker (deprecated in Node 20, DEP0173): wraps functions to
// count their calls and reports the ones not called the expected number of
// times.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const AssertionError = require('internal/assert/assertion_error');

// Tracks calls when no function is given; anonymous, as Node's.
const noop = [() => {}][0];

// The record of one tracked function.
class CallRecord {
  constructor(expected, stackTrace, name) {
    this.expected = expected;
    this.stackTrace = stackTrace;
    this.name = name;
    this.calls = [];
  }

  track(thisArg, args) {
    const argsCopy = [];
    for (let i = 0; i < args.length; i++) argsCopy.push(args[i]);
    this.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(argsCopy) }));
  }

  report() {
    if (this.calls.length === this.expected) return undefined;
    return {
      message: `Expected the ${this.name} function to be executed ${this.expected} time(s)` +
        ` but was executed ${this.calls.length} time(s).`,
      actual: this.calls.length,
      expected: this.expected,
      operator: this.name,
      stack: this.stackTrace,
    };
  }
}

class CallTracker {
  #records = new Set();
  #tracked = new WeakMap();

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    const record = new CallRecord(expected, new Error(), fn.name || 'calls');
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#records.add(record);
    this.#tracked.set(tracked, record);
    return tracked;
  }

  getCalls(tracked) {
    return Object.freeze(this.#record(tracked).calls.slice());
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#records) record.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  report() {
    const errors = [];
    for (const record of this.#records) {
      const report = record.report();
      if (report !== undefined) errors.push(report);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }

  #record(tracked) {
    const record = this.#tracked.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }
}

module.exports = CallTracker;
