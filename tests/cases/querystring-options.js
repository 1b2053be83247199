// querystring.parse/stringify with sep, eq, maxKeys and custom (de|en)codeURIComponent.
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('&&&a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: -1 }));
console.log(qs.parse('a:1;;b:2::3;c', ';;', ':'));
console.log(qs.parse('a=1&b=2', '', ''));
const seen = [];
console.log(qs.parse('a+b=c+d&e%20=f%zz&g=h&=&k', null, null, {
  decodeURIComponent: (s) => { seen.push(s); return s.toUpperCase(); },
}));
console.log(seen);
const seen2 = [];
console.log(qs.parse('x=1&bad=%', null, null, {
  decodeURIComponent: (s) => { seen2.push(s); if (s === '%') throw new Error('x'); return s; },
}));
console.log(seen2);
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 'x y', b: [1, 2], c: null }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify({ a: 'x y' }, '', ''));
