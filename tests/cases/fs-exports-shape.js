// node:fs exports as Node has them: key order, property descriptors,
// function names, lengths and `prototype`, promisify symbols, lazy
// accessors (Dir/opendir turn into data properties on first read),
// fs.constants (null prototype, read-only permanent properties), and the
// same function object on every read.
const fs = require('fs');

function describe(v) {
  if (typeof v !== 'function') return v === null ? 'null' : typeof v;
  return `fn ${JSON.stringify(v.name)}/${v.length} proto=${Object.hasOwn(v, 'prototype')}`;
}

function flags(d) {
  if ('get' in d) {
    return `get=${d.get && d.get.name} set=${d.set && d.set.name} e=${d.enumerable} c=${d.configurable}`;
  }
  return `e=${d.enumerable} w=${d.writable} c=${d.configurable} ${describe(d.value)}`;
}

for (const key of Reflect.ownKeys(fs)) {
  const d = Object.getOwnPropertyDescriptor(fs, key);
  console.log(String(key), flags(d));
  if (typeof d.value === 'function') {
    for (const k of Reflect.ownKeys(d.value)) {
      if (['length', 'name', 'prototype'].includes(k)) continue;
      const inner = Object.getOwnPropertyDescriptor(d.value, k);
      const shown = Array.isArray(inner.value) ? JSON.stringify(inner.value) : flags(inner);
      console.log(`  ${String(k)} ${shown}`);
    }
  }
}

for (const key of Object.keys(fs)) {
  if (fs[key] !== fs[key]) console.log('not stable:', key);
}
for (const key of ['Dir', 'opendir', 'opendirSync', 'promises']) {
  const d = Object.getOwnPropertyDescriptor(fs, key);
  console.log('after read', key, 'value' in d, d.enumerable, d.writable, d.configurable);
}

const c = fs.constants;
console.log(Object.getPrototypeOf(c), Object.isExtensible(c), Object.isFrozen(c));
console.log(Object.keys(c).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c, 'O_RDONLY')));
console.log(c === require('fs/promises').constants);
try {
  (() => { 'use strict'; c.O_RDONLY = 5; })();
} catch (e) {
  console.log(e.name);
}
console.log(c.O_RDONLY);
