// Promise.all/allSettled/race/any results and ordering.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms));
(async () => {
  console.log(await Promise.all([delay(20, 'a'), delay(5, 'b'), 'c']));
  console.log(await Promise.allSettled([delay(5, 'ok'), delay(1, 'bad', true)]));
  console.log(await Promise.race([delay(60, 'slow'), delay(5, 'fast')]));
  console.log(await Promise.any([delay(1, 'x', true), delay(10, 'y')]));
  try {
    await Promise.any([Promise.reject(1), Promise.reject(2)]);
  } catch (e) {
    console.log(e.constructor.name, e.errors);
  }
})();
