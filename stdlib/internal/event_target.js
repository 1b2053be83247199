'use strict';

// EventTarget, Event, CustomEvent (WHATWG DOM, as Node 20 provides them as
// globals) and Node's internal NodeEventTarget / defineEventHandler.
//
// Listeners for one type form a linked list hanging off a `root` record, so
// that removal during dispatch is O(1) and a removed listener is skipped by
// a dispatch already in progress.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  validateAbortSignal,
  validateInternalField,
  validateObject,
  validateString,
} = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kDetail = Symbol('kDetail');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const kEmptyObject = Object.freeze({ __proto__: null });

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// Node's custom inspect: `Name { ... }`, or just `Name` below depth 0.
function inspectAs(self, shown, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
  return `${name} ${inspect(shown, opts)}`;
}

function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.now();
  return process.uptime() * 1000;
}

// WebIDL DOMString conversion (throws on symbols like `${}` does).
function toDOMString(value) {
  return `${value}`;
}

// The event type argument of add/removeEventListener.
function toEventType(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

// Makes a class's prototype members enumerable (as WebIDL does) and tags it.
function exposeInterface(cls, tag) {
  const proto = cls.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag,
    writable: false,
    enumerable: false,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// Event

const trustedEvents = new WeakSet();

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #propagationStopped = false;
  #timestamp = 0;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#cancelable = Boolean(options?.cancelable);
    this.#bubbles = Boolean(options?.bubbles);
    this.#composed = Boolean(options?.composed);
    this[kType] = toDOMString(type);
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this.#timestamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this[kIsBeingDispatched]) return;
    this[kType] = toDOMString(type);
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return trustedEvents.has(this);
  }

  [kInspect](depth, options) {
    checkEvent(this);
    return inspectAs(this, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }
}

exposeInterface(Event, 'Event');
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    value,
    writable: false,
    enumerable: true,
    configurable: false,
  });
}

function isCustomEvent(value) {
  return isEvent(value) && kDetail in value;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

exposeInterface(CustomEvent, 'CustomEvent');

// ---------------------------------------------------------------------------
// Listener records

// Listeners registered with `[kWeakHandler]: owner` are held weakly by the
// target (an AbortSignal, typically) and strongly by their owner, so a
// long-lived signal does not keep every owner alive.
const weakListenerOwners = new WeakMap();

function holdForOwner(owner, listener) {
  let held = weakListenerOwners.get(owner);
  if (held === undefined) {
    held = new Set();
    weakListenerOwners.set(owner, held);
  }
  held.add(listener);
}

// Calls `listener.handleEvent`, looked up at dispatch time as the DOM says.
function handleEventCaller(listener) {
  return function(event) {
    const handleEvent = listener.handleEvent;
    if (handleEvent == null) return undefined;
    return handleEvent.call(listener, event);
  };
}

class Listener {
  constructor(previous, listener, flags) {
    this.previous = previous;
    this.next = undefined;
    previous.next = this;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.isNodeStyleListener = flags.isNodeStyleListener;
    this.resistStopPropagation = flags.resistStopPropagation;
    this.removed = false;
    this.owner = undefined;
    const callback = typeof listener === 'function' ? listener : handleEventCaller(listener);
    if (flags.weak && typeof WeakRef === 'function') {
      this.owner = flags.weak;
      holdForOwner(this.owner, listener);
      holdForOwner(this.owner, callback);
      this.listenerRef = new WeakRef(listener);
      this.callbackRef = new WeakRef(callback);
    } else {
      this.listenerRef = undefined;
      this.callbackRef = undefined;
      this.listener = listener;
      this.callback = callback;
    }
  }

  getListener() {
    return this.listenerRef !== undefined ? this.listenerRef.deref() : this.listener;
  }

  getCallback() {
    return this.callbackRef !== undefined ? this.callbackRef.deref() : this.callback;
  }

  same(listener, capture) {
    return this.getListener() === listener && this.capture === capture;
  }

  remove() {
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.owner !== undefined) {
      const held = weakListenerOwners.get(this.owner);
      held?.delete(this.getListener());
      held?.delete(this.getCallback());
    }
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object may gain handleEvent later; it is looked up at dispatch.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// Listener errors must not interrupt the dispatch: report them as uncaught.
function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') then.call(promise, undefined, emitUncaughtException);
}

// ---------------------------------------------------------------------------
// EventTarget

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(
        `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = validateEventListenerOptions(options);
    const signal = flags.signal;
    validateAbortSignal(signal, 'options.signal');

    if (!validateEventListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toEventType(type);

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined };
      this[kEvents].set(type, root);
    }
    const capture = Boolean(flags.capture);
    let last = root;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) return;
      last = handler;
    }
    new Listener(last, listener, {
      once: Boolean(flags.once),
      capture,
      passive: Boolean(flags.passive),
      isNodeStyleListener: Boolean(flags.isNodeStyleListener),
      weak: flags.weak,
      resistStopPropagation: Boolean(flags.resistStopPropagation),
    });
    root.size++;
    this[kNewListener](root.size, type, listener, flags.once, capture, flags.passive, flags.weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toEventType(type);
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        removeHandler(this, root, type, handler, true);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatches either a DOM event or, for NodeEventTarget#emit, a plain
  // value: node-style listeners get `nodeValue`, the others an Event made
  // on demand by kCreateEvent.
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    let handler = root === undefined ? undefined : root.next;
    while (handler !== undefined) {
      // Taken before the call: a listener appended by the last listener
      // does not run in this dispatch (as in Node).
      const next = handler.next;
      const stopped = event !== undefined && event[kStop] === true;
      if (!handler.removed && (!stopped || handler.resistStopPropagation)) {
        if (handler.once) removeHandler(this, root, type, handler, false);
        invokeHandler(this, handler, handler.isNodeStyleListener ? nodeValue : createEvent());
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    checkEventTarget(this);
    return inspectAs(this, {}, depth, options);
  }
}

Object.defineProperty(EventTarget, kIsEventTarget, {
  value: true,
  writable: false,
  enumerable: true,
  configurable: false,
});
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget',
  writable: false,
  enumerable: false,
  configurable: true,
});

// `dropEmpty`: forget the type once its last listener goes (a `once`
// listener leaves the empty entry behind, which eventNames() shows, as in
// Node).
function removeHandler(target, root, type, handler, dropEmpty) {
  handler.remove();
  root.size--;
  if (dropEmpty && root.size === 0 && target[kEvents].get(type) === root) {
    target[kEvents].delete(type);
  }
  target[kRemoveListener](root.size, type, handler.getListener(), handler.capture);
}

function invokeHandler(target, handler, arg) {
  const callback = handler.getCallback();
  if (callback === undefined) return;
  try {
    const result = callback.call(target, arg);
    if (result !== undefined && result !== null) addCatch(result);
  } catch (err) {
    emitUncaughtException(err);
  }
}

// The listeners events.getEventListeners() reports for an EventTarget.
function getEventTargetListeners(target, type) {
  const out = [];
  const root = target[kEvents].get(toDOMString(type));
  if (root === undefined) return out;
  for (let handler = root.next; handler !== undefined; handler = handler.next) {
    const listener = handler.getListener();
    if (!handler.removed && listener !== undefined) out.push(listener);
  }
  return out;
}

// ---------------------------------------------------------------------------
// NodeEventTarget: an EventTarget with an EventEmitter-like API (used by
// MessagePort and workers).

function isNodeEventTarget(value) {
  return value?.constructor?.[kIsNodeEventTarget] === true;
}

function checkNodeEventTarget(value) {
  if (!isNodeEventTarget(value)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

function initNodeEventTarget(self) {
  initEventTarget(self);
}

class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const root = this[kEvents].get(toDOMString(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(toDOMString(type));
    else this[kEvents].clear();
    return this;
  }
}

Object.defineProperty(NodeEventTarget, kIsNodeEventTarget, {
  value: true,
  writable: false,
  enumerable: false,
  configurable: false,
});
Object.defineProperty(NodeEventTarget, 'defaultMaxListeners', {
  value: 10,
  writable: true,
  enumerable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------
// `on<name>` handler properties (AbortSignal#onabort, MessagePort#onmessage)

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// The wrapper listener is registered on the first assignment and keeps its
// place; later assignments only swap the handler it calls.
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  const accessors = {
    get() {
      validateInternalField(this, kHandlers, 'EventTarget');
      return this[kHandlers].get(event)?.handler ?? null;
    },
    set(value) {
      validateInternalField(this, kHandlers, 'EventTarget');
      const wrapped = this[kHandlers].get(event);
      if (wrapped !== undefined) {
        wrapped.handler = value;
        return;
      }
      const handler = makeEventHandler(value);
      this.addEventListener(event, handler);
      this[kHandlers].set(event, handler);
    },
  };
  Object.defineProperty(accessors.get, 'name', { value: `get ${propName}` });
  Object.defineProperty(accessors.set, 'name', { value: `set ${propName}` });
  Object.defineProperty(emitter, propName, {
    get: accessors.get,
    set: accessors.set,
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  getEventTargetListeners,
  kCreateEvent,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
  kIsNodeStyleListener,
};
