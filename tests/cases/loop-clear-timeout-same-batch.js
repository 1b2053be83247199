// A timer cleared by an earlier timer of the same expiry batch never runs.
let b;
setTimeout(() => {
  console.log('a');
  clearTimeout(b);
}, 10);
b = setTimeout(() => console.log('b (must not run)'), 10);
setTimeout(() => console.log('c'), 10);
