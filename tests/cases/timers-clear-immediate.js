// clearImmediate cancels a pending immediate, even from an earlier immediate
// in the same batch.
let b;
setImmediate(() => {
  console.log('a');
  clearImmediate(b);
});
b = setImmediate(() => console.log('b (must not run)'));
const c = setImmediate(() => console.log('c (must not run)'));
clearImmediate(c);
setImmediate(() => console.log('d'));
