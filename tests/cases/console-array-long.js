// Arrays with more than 100 items are truncated; long numeric arrays are
// grouped into aligned columns.
const big = Array.from({ length: 150 }, (_, i) => i);
console.log(big);
console.log(Array.from({ length: 101 }, () => 0));
console.log(Array.from({ length: 100 }, (_, i) => i * i));
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 27 }, (_, i) => i * 1000));
