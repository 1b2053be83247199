// url.resolveObject(): the resolved Url objects, and Url.prototype.resolve.
const url = require('url');
const cases = [
  ['http://a/b/c/d;p?q', '../g?x#y'], ['mailto:local1@domain1', 'local2@domain2'],
  ['http://u@a/b', '//c/d'], ['http://a/b', 'https:c/d'], ['http://a/b', 'foo:x'],
  ['http://a/b?q', '?r'], ['mailto:a@b?x', '?y'], ['/a/b', '../../../c'], ['a/b', '../../../c'],
  ['http://a', ''], ['http://a/b', 'http://a/c'], ['file:///x/y', 'file:z'],
];
for (const [b, r] of cases) console.log(b, r, url.resolveObject(b, r));
console.log(url.resolveObject('', 'x'), url.resolveObject(null, 'y'));
console.log(url.parse('http://a/b/c').resolve('../d'), url.parse('http://a/b/c').resolveObject('d').href);
