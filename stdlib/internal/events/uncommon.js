'use strict';
// The parts of node:events that constructing an emitter and adding, emitting
// and removing listeners do not need: captureRejections, the max-listeners
// warning, the rarely called methods (removeAllListeners, listeners,
// rawListeners, listenerCount), events.setMaxListeners on targets and
// EventEmitterAsyncResource. node:events loads this module on first use.

const EventEmitter = require('events');

// node:events' private symbols, handed over when it loads this module.
let kCapture;
let kShapeMode;
function setPrivateSymbols(symbols) {
  ({ kCapture, kShapeMode } = symbols);
}

const kRejection = Symbol.for('nodejs.rejection');

// captureRejections: a listener's rejected promise becomes an 'error' event
// (or a call to emitter[Symbol.for('nodejs.rejection')]).
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Rejections from 'error' listeners must not loop back here.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// More than `max` listeners for one event: warn once per event.
function warnMaxListeners(emitter, type, list, max) {
  list.warned = true;
  const { inspect } = require('internal/util/inspect');
  const warning = require('internal/errors').genericNodeError(
    `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
    `added to ${inspect(emitter, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter, type, count: list.length });
  process.emitWarning(warning);
}

function emptyEvents() {
  return { __proto__: null };
}

// EventEmitter.prototype.removeAllListeners([type]).
function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  // Without 'removeListener' listeners nothing needs to be announced.
  if (events.removeListener === undefined) {
    if (all) {
      this._events = emptyEvents();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = emptyEvents();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = emptyEvents();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

// listeners() (unwrap: once-wrappers replaced by the user's functions) and
// rawListeners().
function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((fn) => fn.listener || fn) : list.slice();
}

// How many listeners `emitter` has for `type` (only those that are, or wrap,
// `listener` when it is given).
function listenerCount(emitter, type, listener) {
  const events = emitter._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    if (listener != null) return listener === list || listener === list.listener ? 1 : 0;
    return 1;
  }
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  let matching = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) matching++;
  }
  return matching;
}

// events.setMaxListeners(n, ...eventTargets) with targets.
function setMaxListenersOf(n, eventTargets) {
  const { isEventTarget } = require('internal/event_target');
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[EventEmitter.kMaxEventTargetListeners] = n;
      target[EventEmitter.kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor() {
    const { ERR_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_NOT_IMPLEMENTED('EventEmitterAsyncResource');
  }
}

module.exports = {
  setPrivateSymbols,
  addCatch,
  warnMaxListeners,
  removeAllListeners,
  listenersOf,
  listenerCount,
  setMaxListenersOf,
  EventEmitterAsyncResource,
};
