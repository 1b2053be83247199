// Legacy url.parse(): Url objects for many inputs, including its lenient quirks.
const url = require('url');
process.on('warning', () => {});
const inputs = [
  'http://user:pw@Host.COM:80/p/a/t/h?query=string#hash', 'http://a:8080/x', '//foo/bar',
  'mailto:x@y.com', 'javascript:alert(1)', 'http://a b/', 'http://a_b.com/',
  'http://español.com/', 'http://[::1]:3000/x', 'http://x/a b<c>"d`{|}^\'', 'HTTP://X.COM',
  'http://a.com\\b\\c?d\\e', '  http://a.com/  ', 'file:///etc/passwd', 'file://host/x',
  '/a/b?c=d', 'a/b', '?x=1', '#frag', 'http://a.com?x', 'http://a.com#y', 'http://a@b@c/',
  'http://x:/', 'x:y', 'http://a;b/', 'http://%41.com', 'http://ex.com/%zz',
  'http://a.com/p?#', 'ws://x', 'foo://bar/baz', 'http:/x', 'http:x', 'http://x.com/#a#b',
  'http://ÀÁ.com', 'http://a\tb.com/', 'http://a.com/x\ty\nz', '\u00a0http://a.com/\ufeff',
  'http://a.com/\u0000', '', '//', 'http://', 'http:///x', 'http://[fe80::1%25eth0]/',
  'git+ssh://git@github.com:org/repo.git', 'tel:+1-555', 'data:text/plain,hi', 'file:/x',
  'FILE://X/y', 'http://1.2.3.4:5/', 'http://x.com/a/../b/./c', 'a@b', '//a@b/c',
  'http://a.com/ü', 'JavaScript:Alert(1)', 'http://A.COM/ABC?DEF#GHI', 'http://x.com:8a/',
  `http://www.${'a'.repeat(300)}.com/`,
];
for (const i of inputs) console.log(JSON.stringify(i), url.parse(i));
