// performance.now() is a non-decreasing number of milliseconds.
const a = performance.now();
const b = performance.now();
console.log(typeof a, a >= 0, b >= a);
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1e12);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log(typeof performance.mark, typeof performance.measure);
