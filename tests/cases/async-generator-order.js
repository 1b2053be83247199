// for await over an async generator interleaved with other promise chains.
async function* gen() {
  yield 1;
  yield 2;
  yield 3;
}
(async () => {
  for await (const v of gen()) console.log('gen', v);
  console.log('gen done');
})();
Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => console.log('chain 2'))
  .then(() => console.log('chain 3'));
