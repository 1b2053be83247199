// Timeout objects convert to a numeric id that clearTimeout accepts.
const t = setTimeout(() => console.log('must not run'), 10);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(typeof t[Symbol.toPrimitive]);
console.log(t[Symbol.toPrimitive]() === id);
clearTimeout(id);

const u = setTimeout(() => console.log('must not run either'), 10);
clearTimeout(String(+u));

const v = setTimeout(() => console.log('v runs'), 10);
const w = setTimeout(() => console.log('w runs'), 10);
console.log(+v !== +w);
const ids = new Set([+v, +w, +v]);
console.log(ids.size);
