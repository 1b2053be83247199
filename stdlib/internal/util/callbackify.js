'use strict';
// util.callbackify: an async function (or one returning a promise) as a
// function taking a Node-style callback (loaded on first use).

const { validateFunction } = require('internal/validators');

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error": wrap it.
  if (!reason) {
    const { ERR_FALSY_VALUE_REJECTION } = require('internal/errors').codes;
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    if (!Object.prototype.hasOwnProperty.call(err, 'reason')) err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // `length` and `name` may have been redefined; only adjust plain values.
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

module.exports = { callbackify };
