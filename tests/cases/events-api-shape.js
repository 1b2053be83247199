// require('events'): every export and prototype method with its descriptor,
// name and length, in Node's order.
const EventEmitter = require('events');
function describe(obj, key) {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  const parts = [String(key), d.writable, d.enumerable, d.configurable];
  for (const field of ['value', 'get', 'set']) {
    const v = d[field];
    if (typeof v === 'function') parts.push(`${field}:${v.name}/${v.length}/${Object.hasOwn(v, 'prototype')}`);
    else if (field in d) parts.push(`${field}:${typeof v === 'symbol' ? v.toString() : typeof v === 'object' ? 'object' : v}`);
  }
  return parts.join(' ');
}
for (const key of Reflect.ownKeys(EventEmitter)) console.log(describe(EventEmitter, key));
for (const key of Reflect.ownKeys(EventEmitter.prototype)) console.log(describe(EventEmitter.prototype, key));
const e = new EventEmitter();
console.log(Reflect.ownKeys(e).map(String));
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
