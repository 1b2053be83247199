// qs: nested query strings.
const qs = require('qs');

console.log(qs.parse('a[b][c]=d&e=f&g[]=1&g[]=2'));
console.log(qs.parse('a=1&a=2&b[0]=x&b[2]=y', { allowDots: true }), qs.parse('?x=1', { ignoreQueryPrefix: true }));
console.log(qs.parse('a.b.c=1', { allowDots: true, depth: 1 }), qs.parse('a=%E2%9C%93&b=%20', { charset: 'utf-8' }));
console.log(qs.stringify({ a: { b: { c: 'd' } }, e: ['x', 'y'], f: null, g: '' }));
console.log(qs.stringify({ a: ['b', 'c'] }, { arrayFormat: 'brackets', encode: false }), qs.stringify({ a: ['b', 'c'] }, { indices: false }));
console.log(qs.stringify({ a: { b: 1 } }, { allowDots: true }), qs.stringify({ d: new Date(0) }), qs.stringify({ s: 'ä ✓' }));
