'use strict';
// Timers over the event loop: each Timeout owns one loop timer (created on
// start, closed when the timer is done or cleared); immediates wait in a JS
// queue drained by the loop's check phase. The runtime calls `onTimeout` and
// `processImmediates` (registered as hooks when this module loads) and runs
// the microtask checkpoint after each.
//
// node:timers holds the public functions and loads this module on first use.

const binding = internalBinding('timers');
const processBinding = internalBinding('process_methods');
const { runMicrotaskCheckpoint } = processBinding;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerIdSymbol = Symbol('triggerId');

// Loop handle id of each live Timeout (kept out of the object so inspect
// shows Node's fields only).
const handles = new WeakMap();
// Bumped on every (re)start, to tell whether a callback re-armed its timer.
const starts = new WeakMap();
const knownTimersById = Object.create(null);
let lastAsyncId = 1;

function warnOverflow(after) {
  process.emitWarning(
    `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
    'TimeoutOverflowWarning');
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) warnOverflow(after);
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++lastAsyncId;
    this[triggerIdSymbol] = 1;
  }

  refresh() {
    if (!this._destroyed && this._idleTimeout !== -1) startTimer(this, this._idleTimeout);
    return this;
  }

  unref() {
    this[kRefed] = false;
    const id = handles.get(this);
    if (id) binding.setRef(id, false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    const id = handles.get(this);
    if (id) binding.setRef(id, true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    cancelTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function startTimer(timer, after) {
  timer._idleStart = binding.getLibuvNow();
  const previous = handles.get(timer) || 0;
  const id = binding.start(timer, after, previous);
  if (id !== previous) {
    handles.set(timer, id);
    if (!timer[kRefed]) binding.setRef(id, false);
  }
  starts.set(timer, (starts.get(timer) || 0) + 1);
}

function destroyTimer(timer) {
  timer._destroyed = true;
  const id = handles.get(timer);
  if (id) {
    binding.stop(id);
    handles.delete(timer);
  }
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
}

// Called by the loop when a timer is due.
function onTimeout(timer) {
  if (timer._destroyed || timer._onTimeout === null) return;
  const startsBefore = starts.get(timer);
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      startTimer(timer, timer._repeat);
    } else if (starts.get(timer) === startsBefore && !timer._destroyed) {
      destroyTimer(timer);
    }
  }
}

// setTimeout and setInterval (`isRepeat`): a started, referenced Timeout.
function startTimeout(callback, after, args, isRepeat) {
  const timeout = new Timeout(callback, after, args, isRepeat, true);
  startTimer(timeout, timeout._idleTimeout);
  return timeout;
}

// clearTimeout and clearInterval: `timer` is a Timeout, or the number (or
// string) its Symbol.toPrimitive gave.
function cancelTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._idleTimeout = -1;
    destroyTimer(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const instance = knownTimersById[timer];
    if (instance !== undefined) {
      instance._idleTimeout = -1;
      instance._onTimeout = null;
      destroyTimer(instance);
    }
  }
}

// --- Immediates ---

let immediateQueue = [];
let refCount = 0;

function refImmediate() {
  if (refCount++ === 0) binding.toggleImmediateRef(true);
}

function unrefImmediate() {
  if (--refCount === 0) binding.toggleImmediateRef(false);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = ++lastAsyncId;
    this[triggerIdSymbol] = 1;
    refImmediate();
    immediateQueue.push(this);
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      refImmediate();
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      unrefImmediate();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function cancelImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) {
    immediate[kRefed] = false;
    unrefImmediate();
  }
  immediate._onImmediate = null;
}

// The check phase: run the immediates queued before this phase began; ones
// queued meanwhile wait for the next iteration. Ticks and promise jobs run
// between immediates.
function processImmediates() {
  const list = immediateQueue;
  if (list.length === 0) return;
  immediateQueue = [];
  // The references the ran immediates held are dropped together at the end,
  // so the handle is not toggled off and on again for an immediate that
  // queues the next one (the common pattern).
  let released = 0;
  let ran = false;
  try {
    for (let i = 0; i < list.length; i++) {
      const immediate = list[i];
      if (immediate._destroyed) continue;
      if (ran) runMicrotaskCheckpoint();
      ran = true;
      immediate._destroyed = true;
      if (immediate[kRefed]) {
        immediate[kRefed] = false;
        released++;
      }
      const callback = immediate._onImmediate;
      immediate._onImmediate = null;
      try {
        const argv = immediate._argv;
        if (argv === undefined) callback.call(immediate);
        else callback.apply(immediate, argv);
      } catch (err) {
        require('internal/process/execution').reportUncaught(err);
      }
    }
  } finally {
    if (released > 0) {
      refCount -= released;
      if (refCount === 0) binding.toggleImmediateRef(false);
    }
  }
}

// No timer or immediate exists before this module loads, so the runtime
// needs these hooks only from now on.
processBinding.setHooks({ onTimeout, processImmediates });

// The public functions are node:timers' (the globals); internal modules take
// them from here too.
const {
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval,
  clearImmediate,
} = require('timers');

module.exports = {
  Timeout,
  Immediate,
  startTimeout,
  cancelTimeout,
  cancelImmediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval,
  setImmediate,
  clearImmediate,
  TIMEOUT_MAX,
  kRefed,
};
