'use strict';
// Bootstrap: turns the bare `process` object into Node's, installs the
// globals, and hands the runtime the JS functions it calls (hooks). Keep this
// file small: everything not needed by every script is a lazy getter.

// The engine's own globals, before Node's are added (util.inspect treats
// only these as built-in constructors, as Node does).
module.exports.engineGlobalNames = Object.getOwnPropertyNames(globalThis);

const binding = internalBinding('process_methods');
const EventEmitter = require('events');

const NODE_VERSION = '20.19.2';

// process is an EventEmitter whose prototype is named `process`.
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
// Node's process carries its tag itself (not through the prototype).
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: false,
});
Object.setPrototypeOf(process, processProto);
EventEmitter.call(process);

const options = binding.options();
function defineValue(name, value) {
  Object.defineProperty(process, name, { value, writable: true, enumerable: true, configurable: true });
}
defineValue('title', 'node');
defineValue('version', `v${NODE_VERSION}`);
defineValue('versions', Object.freeze({
  node: NODE_VERSION,
  coil: '0.1.0',
  boa: '0.22.0',
  uv: '1.46.0',
  modules: '115',
  napi: '9',
  unicode: '15.1',
}));
defineValue('arch', binding.arch());
defineValue('platform', 'linux');
defineValue('release', Object.freeze({ name: 'node', lts: 'Iron' }));
defineValue('argv', options.argv);
defineValue('execArgv', options.execArgv);
defineValue('execPath', options.execPath);
defineValue('config', Object.freeze({ target_defaults: {}, variables: {} }));
defineValue('features', Object.freeze({ inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true }));
// Unset unless their flags are given, as in Node.
if (options.noDeprecation) defineValue('noDeprecation', true);
Object.defineProperty(process, 'argv0', { value: options.argv0, enumerable: true, configurable: true, writable: false });
Object.defineProperty(process, 'pid', { get: binding.pid, enumerable: true, configurable: true });
Object.defineProperty(process, 'ppid', { get: binding.ppid, enumerable: true, configurable: true });
defineValue('_exiting', false);

const { setupProcessMethods } = require('internal/process/per_thread');
setupProcessMethods(process, binding);

const timers = require('timers');
// Needed only when an error escapes or a promise rejects: loaded then.
const execution = () => require('internal/process/execution');

// Globals. Node's globals are writable, configurable and (mostly) not
// enumerable; heavy ones are created on first access.
const g = globalThis;
// Lazy globals stay accessors: Boa's property caches do not expect a getter
// to turn its own property into a data property, so the loaded value is kept
// in a closure and an assignment replaces the accessor with plain data.
function defineLazyGlobal(name, load, enumerable = false) {
  let loaded = false;
  let value;
  Object.defineProperty(g, name, {
    configurable: true,
    enumerable,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      Object.defineProperty(g, name, { value: newValue, writable: true, configurable: true, enumerable });
    },
  });
}

// Enumerable as in Node: global, the timer functions, queueMicrotask,
// structuredClone, atob, btoa and performance.
function defineEnumerable(name, value) {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
}
defineEnumerable('global', g);
Object.defineProperty(g, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });
Object.defineProperty(g, 'process', { value: process, writable: true, configurable: true, enumerable: false });
defineEnumerable('clearImmediate', timers.clearImmediate);
defineEnumerable('setImmediate', timers.setImmediate);
defineEnumerable('clearInterval', timers.clearInterval);
defineEnumerable('clearTimeout', timers.clearTimeout);
defineEnumerable('setInterval', timers.setInterval);
defineEnumerable('setTimeout', timers.setTimeout);
defineEnumerable('queueMicrotask', require('internal/process/task_queues').queueMicrotask);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('atob', () => require('internal/base64').atob, true);
defineLazyGlobal('btoa', () => require('internal/base64').btoa, true);
defineLazyGlobal('performance', () => require('internal/perf').performance, true);
defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);

// Lazily loaded globals from the larger modules.
const moduleGlobals = [
  ['buffer', ['Buffer', 'Blob', 'File']],
  ['internal/url', ['URL', 'URLSearchParams']],
  ['internal/webstreams', ['ReadableStream', 'ReadableStreamDefaultReader',
    'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream']],
];
for (const [id, names] of moduleGlobals) {
  for (const name of names) defineLazyGlobal(name, () => require(id)[name]);
}

require('internal/errors_stack').install();
require('internal/proxy').install();

// The end of the process: 'beforeExit' when the loop has run dry (listeners
// may schedule more work), then 'exit' with process.exitCode.
function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', Number(process.exitCode ?? 0) | 0);
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', Number(process.exitCode ?? 0) | 0);
  }
  return Number(process.exitCode ?? 0) | 0;
}

// internal/timers adds onTimeout and processImmediates when the first timer
// loads it.
binding.setHooks({
  onUncaught: (err, fromPromise) => execution().onUncaught(err, fromPromise),
  processRejections: (events) => require('internal/process/promises').processRejections(events),
  esmResolve: (specifier, base) => require('internal/modules/esm').resolve(specifier, base),
  initImportMeta: (meta, path) => require('internal/modules/esm').initImportMeta(meta, path),
  emitBeforeExit,
  emitExit,
});
