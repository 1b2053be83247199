'use strict';

// node:events for Coil.
//
// `_events` is a null-prototype object mapping an event name to a single
// listener function or to an array of listeners, like Node's, so that
// `util.inspect(emitter)` looks the same and the one-listener emit path
// stays cheap.

// internal/errors is loaded when an error is built, not at start-up.
let errorsLib = null;
function errors() {
  if (errorsLib === null) errorsLib = require('internal/errors');
  return errorsLib;
}
const {
  validateBoolean,
  validateFunction,
  validateNumber,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// internal/event_target requires this module, so it is loaded on first use.
let eventTargetLib = null;
function lazyEventTarget() {
  if (eventTargetLib === null) eventTargetLib = require('internal/event_target');
  return eventTargetLib;
}

function isEventTarget(value) {
  return lazyEventTarget().isEventTarget(value);
}


function emptyEvents() {
  return { __proto__: null };
}

// ---------------------------------------------------------------------------
// EventEmitter (a plain function so that `EventEmitter.call(this)` works)

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function getMaxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// 'error' with no 'error' listener: throw the error itself (marked so the
// fatal-exception printer shows where it was emitted), or wrap a non-Error
// value in ERR_UNHANDLED_ERROR. In internal/events/unhandled_error, loaded
// then.
function throwUnhandledError(emitter, args) {
  require('internal/events/unhandled_error').throwUnhandledError(emitter, args);
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) throwUnhandledError(this, args);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    return true;
  }
  // A copy, so listeners added or removed while emitting do not affect this
  // emit.
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; i++) {
    const result = Reflect.apply(listeners[i], this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  }
  return true;
};

// captureRejections: a listener's rejected promise becomes an 'error' event
// (or a call to emitter[Symbol.for('nodejs.rejection')]).
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
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

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function warnMaxListeners(emitter, type, list) {
  list.warned = true;
  const warning = errors().genericNodeError(
    `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
    `added to ${inspect(emitter, { depth: -1 })}. MaxListeners is ${getMaxListenersOf(emitter)}. ` +
    'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter, type, count: list.length });
  process.emitWarning(warning);
}

function addListenerTo(emitter, type, listener, prepend) {
  checkListener(listener);
  let events = emitter._events;
  let existing;
  if (events === undefined) {
    events = emitter._events = emptyEvents();
    emitter._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      emitter.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = emitter._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = getMaxListenersOf(emitter);
  if (max > 0 && existing.length > max && !existing.warned) warnMaxListeners(emitter, type, existing);
  return emitter;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return Reflect.apply(this.listener, this.target, args);
}

// The registered function is `bound onceWrapper` with `.listener` pointing
// at the user's function, as Node's rawListeners() shows.
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = emptyEvents();
    } else {
      delete events[type];
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
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
};

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((fn) => fn.listener || fn) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
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

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.prototype[kCapture] = false;

// ---------------------------------------------------------------------------
// Static helpers: in internal/events/static, loaded on first use (most
// programs never call them). Same names and lengths as Node's.

let staticLib = null;
function lazyStatic() {
  if (staticLib === null) staticLib = require('internal/events/static');
  return staticLib;
}

// events.once(emitter, name[, { signal }]): resolves with the event's
// arguments; rejects on 'error' or abort.
async function once(emitter, name, options = {}) {
  return lazyStatic().once(emitter, name, options);
}

// events.on(emitter, name[, options]): an async iterator over the event's
// argument arrays.
function on(emitter, event, options = {}) {
  return lazyStatic().on(emitter, event, options);
}

function getEventListeners(emitterOrTarget, type) {
  return lazyStatic().getEventListeners(emitterOrTarget, type);
}

function getMaxListeners(emitterOrTarget) {
  return lazyStatic().getMaxListeners(emitterOrTarget);
}

function addAbortListener(signal, listener) {
  return lazyStatic().addAbortListener(signal, listener);
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor() {
    throw new (errors().codes.ERR_NOT_IMPLEMENTED)('EventEmitterAsyncResource');
  }
}

function defineData(name, value) {
  Object.defineProperty(EventEmitter, name, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

// Same export order as Node's module.
defineData('addAbortListener', addAbortListener);
defineData('once', once);
defineData('on', on);
defineData('getEventListeners', getEventListeners);
defineData('getMaxListeners', getMaxListeners);
defineData('EventEmitter', EventEmitter);
defineData('usingDomains', false);
defineData('captureRejectionSymbol', kRejection);
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get() {
    return EventEmitterAsyncResource;
  },
  enumerable: true,
  configurable: true,
});
defineData('errorMonitor', kErrorMonitor);
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners,
    writable: false,
    enumerable: false,
    configurable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned,
    writable: false,
    enumerable: false,
    configurable: false,
  },
});

// events.setMaxListeners(n[, ...eventTargets]): without targets, sets the
// default for new emitters.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Called by the constructor; patchable like Node's.
EventEmitter.init = function(opts) {
  const fresh = this._events === undefined ||
    this._events === Object.getPrototypeOf(this)._events;
  if (fresh) {
    this._events = emptyEvents();
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kShapeMode] = !fresh;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Follows EventEmitter.captureRejections at construction time.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

module.exports = EventEmitter;
