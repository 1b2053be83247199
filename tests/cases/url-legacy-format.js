// url.format() of legacy objects and strings.
const url = require('url');
const objs = [
  { protocol: 'http', hostname: 'a.com', port: 8, pathname: 'x#y?z', query: { a: [1, 2], b: 'c d' }, hash: 'h' },
  { protocol: 'file', pathname: '/x' },
  { protocol: 'mailto', auth: 'a', hostname: 'b.com' },
  { host: 'a:1', hostname: 'b', port: 2 },
  { hostname: '::1', port: 3, slashes: true },
  { search: 'a=1', pathname: 'p' },
  { search: '?s#x', query: { ignored: 1 } },
  {},
  { protocol: 'https:', auth: 'us er:p@ss:x', host: 'h', pathname: '/p' },
  { protocol: 'foo', host: 'h', pathname: 'p' },
  { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'http', pathname: '//x' },
  { protocol: 'ws:', hostname: 'h', hash: '#' },
  { protocol: 'file', host: 'h', pathname: 'rel' },
  Object.assign(Object.create({ protocol: 'http', host: 'inherited' }), { pathname: '/own' }),
];
for (const o of objs) console.log(url.format(o));
console.log(url.format('http://A.com/a b?x#y'), url.format('//a/b'), url.format('x y'));
const parsed = url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
console.log(url.format(parsed), parsed.format());
parsed.search = null;
parsed.query = { q: 'new' };
console.log(url.format(parsed));
for (const bad of [5, null, undefined, true]) {
  try {
    url.format(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
