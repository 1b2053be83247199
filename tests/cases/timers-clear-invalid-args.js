// Clearing with undefined, null, objects or unknown ids is a silent no-op.
clearTimeout();
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(123456789);
clearTimeout('nope');
clearInterval(undefined);
clearImmediate(undefined);
clearImmediate(null);
console.log('no throw');
// Timers and intervals are interchangeable for clearing.
const t = setTimeout(() => console.log('must not run'), 5);
clearInterval(t);
const iv = setInterval(() => console.log('must not run'), 5);
clearTimeout(iv);
setTimeout(() => console.log('done'), 20);
