// util.callbackify: values and rejections reach the callback on a later
// tick, falsy rejections are wrapped (ERR_FALSY_VALUE_REJECTION with
// `reason`), the wrapper's name/length, `this`, and argument errors.
const util = require('util');

async function add(a, b) { return a + b; }
const cbAdd = util.callbackify(add);
console.log(cbAdd.name, cbAdd.length, Object.hasOwn(cbAdd, 'prototype'));

cbAdd(1, 2, (err, v) => console.log('add', err, v));
console.log('sync part done');

for (const reason of [0, '', null, undefined, false, new Error('boom')]) {
  util.callbackify(() => Promise.reject(reason))((err) => {
    console.log('rejected', typeof reason, err.code, err.message, 'reason' in err ? err.reason : '(no reason)');
  });
}

const obj = {
  k: 7,
  m: util.callbackify(async function m() { return this.k; }),
};
obj.m(function(err, v) { console.log('this', err, v, this === obj); });

const named = util.callbackify(Object.defineProperty(async () => 1, 'name', { value: 42 }));
console.log(typeof named.name, named.name);

for (const bad of [1, 'x', null]) {
  try {
    util.callbackify(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  cbAdd(1, 2);
} catch (e) {
  console.log(e.code, e.message);
}
