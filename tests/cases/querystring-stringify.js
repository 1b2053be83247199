// querystring.stringify of every value type; arrays, nested values, non-objects.
const qs = require('querystring');
console.log(qs.stringify({
  a: 1, b: [1, 2, 'x y'], c: '', d: null, e: undefined, f: true, g: 1e21, h: 10n, i: NaN,
  j: {}, k: [], 'é': 'ü', l: -0, m: "!'()*~-._", n: -1.5e-7, o: Infinity, p: [[1], { x: 1 }],
  q: Symbol.iterator, r: () => 1,
}));
console.log(JSON.stringify([qs.stringify('x'), qs.stringify(null), qs.stringify(5)]));
console.log(qs.stringify([1, 2]), qs.stringify(Object.create({ inherited: 1 })));
console.log(qs.stringify({ '\u{1F600}': '\u00e9\u4e2d' }));
try {
  qs.stringify({ a: '\uD800' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
