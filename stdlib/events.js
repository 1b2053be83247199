'use strict';

// node:events for Coil.
//
// `_events` is a null-prototype object mapping an event name to a single
// listener function or to an array of listeners, like Node's, so that
// `util.inspect(emitter)` looks the same and the one-listener emit path
// stays cheap.
//
// Every process compiles this module at start-up (process is an
// EventEmitter), so it holds only what constructing an emitter and adding,
// emitting and removing listeners need. The rest is loaded on first use:
// internal/events/uncommon (captureRejections, the max-listeners warning,
// rarely called methods), internal/events/static (events.once, events.on…)
// and internal/events/unhandled_error. Arguments are checked inline;
// internal/validators is loaded only to throw its error.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

let uncommonLib = null;
function uncommon() {
  if (uncommonLib === null) {
    uncommonLib = require('internal/events/uncommon');
    uncommonLib.setPrivateSymbols({ kCapture, kShapeMode });
  }
  return uncommonLib;
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    require('internal/validators').validateFunction(listener, 'listener');
  }
}

// A max-listeners count: a number >= 0 (NaN is out of range).
function checkMaxListeners(n, name) {
  if (typeof n !== 'number' || !(n >= 0)) {
    require('internal/validators').validateNumber(n, name, 0);
  }
}

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') require('internal/validators').validateBoolean(value, name);
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
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) {
      require('internal/events/unhandled_error').throwUnhandledError(this, args);
    }
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  // With captureRejections, a listener's rejected promise becomes an 'error'.
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) {
      uncommon().addCatch(this, result, type, args);
    }
    return true;
  }
  // A copy, so listeners added or removed while emitting do not affect this
  // emit.
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; i++) {
    const result = Reflect.apply(listeners[i], this, args);
    if (result !== undefined && result !== null && this[kCapture]) {
      uncommon().addCatch(this, result, type, args);
    }
  }
  return true;
};

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
  if (max > 0 && existing.length > max && !existing.warned) {
    uncommon().warnMaxListeners(emitter, type, existing, max);
  }
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

// Rarely called methods: these forward to internal/events/uncommon.
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  // `arguments`, as no argument (all events) differs from `undefined`.
  return Reflect.apply(uncommon().removeAllListeners, this, arguments);
};

EventEmitter.prototype.listeners = function listeners(type) {
  return uncommon().listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return uncommon().listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  return uncommon().listenerCount(this, type, listener);
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false,
  writable: true,
  enumerable: false,
  configurable: false,
});

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

function data(value) {
  return { value, writable: true, enumerable: true, configurable: true };
}

// Same export order and descriptors as Node's module.
Object.defineProperties(EventEmitter, {
  addAbortListener: data(addAbortListener),
  once: data(once),
  on: data(on),
  getEventListeners: data(getEventListeners),
  getMaxListeners: data(getMaxListeners),
  EventEmitter: data(EventEmitter),
  usingDomains: data(false),
  captureRejectionSymbol: data(Symbol.for('nodejs.rejection')),
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      checkBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    get: function lazyEventEmitterAsyncResource() {
      return uncommon().EventEmitterAsyncResource;
    },
    enumerable: true,
    configurable: true,
  },
  errorMonitor: data(kErrorMonitor),
  defaultMaxListeners: {
    get: function() {
      return defaultMaxListeners;
    },
    set: function(value) {
      checkMaxListeners(value, 'defaultMaxListeners');
      defaultMaxListeners = value;
    },
    enumerable: true,
    configurable: false,
  },
  // Read-only and hidden (defineProperties' defaults).
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
});

// events.setMaxListeners(n[, ...eventTargets]): without targets, sets the
// default for new emitters.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) defaultMaxListeners = n;
  else uncommon().setMaxListenersOf(n, eventTargets);
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
    checkBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Follows EventEmitter.captureRejections at construction time.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return uncommon().listenerCount(emitter, type);
};

module.exports = EventEmitter;
