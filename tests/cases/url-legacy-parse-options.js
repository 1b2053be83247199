// url.parse(str, parseQueryString, slashesDenoteHost), Url instances and argument errors.
Error.stackTraceLimit = 0;
const url = require('url');
console.log(url.parse('http://a.com/?a=1&a=2&b=&c=%20+', true));
console.log(url.parse('http://a.com/', true).query, url.parse('/x', true));
console.log(url.parse('/x?y=1', true).query, url.parse('/x?y=1').query);
console.log(url.parse('//foo/bar', false, true));
console.log(url.parse('//u:p@foo:1/bar?x#y', true, true));
console.log(url.parse('//foo/bar', false, false).host);
const u = url.parse('http://a/');
console.log(u instanceof url.Url, url.parse(u) === u, Object.keys(u));
console.log(typeof url.Url.prototype.parse, typeof url.Url.prototype.format,
  typeof url.Url.prototype.resolve, typeof url.Url.prototype.resolveObject);
for (const bad of [undefined, null, 5, {}]) {
  try {
    url.parse(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  url.parse('http://a<b>c.com/');
  console.log('parsed');
} catch (e) {
  console.log(e.code, e.input);
}
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
url.parse('http://a:b/');
url.parse('http://c:d/');
setImmediate(() => console.log(warnings));
