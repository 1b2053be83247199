// known-divergence: Boa 0.22 exposes no way to read the remaining entries of a Map or Set iterator, so they print as `{ <items unknown> }`
// Map and Set iterators show their remaining entries.
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.entries());
console.log(m.keys());
console.log(m.values());
const s = new Set([1, 2, 3]);
console.log(s.values());
console.log(s.entries());
const it = m.keys();
it.next();
console.log(it);
