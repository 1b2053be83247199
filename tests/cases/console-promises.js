// Promise states in console output.
console.log(Promise.resolve(42));
console.log(new Promise(() => {}));
const rejected = Promise.reject('reason');
rejected.catch(() => {});
console.log(rejected);
console.log(Promise.resolve({ a: [1, 2] }));
console.log([Promise.resolve('in array')]);
const p = (async () => 'async result')();
setTimeout(() => console.log(p), 1);
const pp = Promise.resolve(1);
pp.extra = true;
console.log(pp);
