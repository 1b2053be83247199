// node:util exports as Node has them: key order, property descriptors,
// function names, lengths and `prototype`, the lazy accessors (parseArgs,
// TextDecoder, MIMEType … become data properties on first read; aborted and
// the transferable helpers stay getters), and assignment before first read.
// (isRegExp/isDate come from the types binding: their lengths are not shown.)
const util = require('util');

function describe(key, v) {
  if (typeof v !== 'function') return v === null ? 'null' : typeof v;
  const length = key === 'isRegExp' || key === 'isDate' ? '' : `/${v.length}`;
  return `fn ${JSON.stringify(v.name)}${length} proto=${Object.hasOwn(v, 'prototype')}`;
}

function flags(key, d) {
  if ('get' in d) {
    return `get=${d.get && d.get.name} set=${d.set && d.set.name} e=${d.enumerable} c=${d.configurable}`;
  }
  return `e=${d.enumerable} w=${d.writable} c=${d.configurable} ${describe(key, d.value)}`;
}

// Assigning a lazy property before it is read replaces it.
util.MIMEParams = 'replaced';
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(util, 'MIMEParams')));

const show = () => {
  for (const key of Reflect.ownKeys(util)) {
    console.log(String(key), flags(key, Object.getOwnPropertyDescriptor(util, key)));
  }
};
show();
for (const key of Object.keys(util)) {
  if (util[key] !== util[key]) console.log('not stable:', key);
  const v = util[key];
  if (typeof v === 'function' && key !== 'isRegExp' && key !== 'isDate') {
    console.log(key, '->', describe(key, v));
  }
}
show();
console.log(util.debug === util.debuglog, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
