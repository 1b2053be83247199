// querystring.escape / unescape / unescapeBuffer, and replacing escape/unescape on the module.
const qs = require('querystring');
console.log(qs.escape('a b&c/é\u{1F600}'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), qs.escape([1, 2]));
for (const bad of ['\uD800', 'a\uDC00b', '\uD800\uD800']) {
  try {
    qs.escape(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(qs.unescape('a%20b+c%zz%E9'), qs.unescape('a%20b+c', true), qs.unescape('%E9%'));
console.log(qs.unescape('%41%4'), qs.unescape('%C3%A9+x', true), qs.unescape('%zz+x', true));
console.log(Object.keys(qs));
const orig = qs.escape;
qs.escape = (s) => `[${s}]`;
console.log(qs.stringify({ a: 'b' }));
qs.escape = orig;
const origU = qs.unescape;
qs.unescape = (s) => s.toUpperCase();
console.log(qs.parse('a=%41&b=c'));
qs.unescape = origU;
