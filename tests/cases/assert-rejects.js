// assert.rejects / doesNotReject: promises and promise-returning functions,
// validation, argument errors.
const assert = require('assert');

async function show(fn) {
  try {
    await fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

(async () => {
  await show(() => assert.rejects(Promise.resolve(1)));
  await show(() => assert.rejects(async () => {}, TypeError, 'msg'));
  await show(() => assert.rejects(async () => { throw new Error('x'); }, TypeError));
  await show(() => assert.rejects(async () => { throw new TypeError('x'); }, TypeError));
  await show(() => assert.rejects(Promise.reject(new Error('z')), { message: 'q' }));
  await show(() => assert.rejects(Promise.reject(new Error('z')), /z/));
  await show(() => assert.rejects(() => 1));
  await show(() => assert.rejects(1));
  await show(() => assert.rejects(() => { throw new Error('sync'); }));
  await show(() => assert.doesNotReject(Promise.reject(new Error('y'))));
  await show(() => assert.doesNotReject(() => Promise.reject(new Error('y')), 'm'));
  await show(() => assert.doesNotReject(() => Promise.reject(new Error('y')), TypeError));
  await show(() => assert.doesNotReject(() => Promise.resolve(2)));
  await show(() => assert.doesNotReject(() => 2));
  const p = assert.rejects(Promise.resolve());
  console.log(p instanceof Promise);
  await p.catch((e) => console.log('caught', e.operator));
  // A thenable with catch counts as a promise.
  const thenable = { then(res, rej) { rej(new Error('t')); }, catch() {} };
  await show(() => assert.rejects(thenable, /t/));
})();
