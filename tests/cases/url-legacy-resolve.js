// url.resolve() over a matrix of bases and relative references.
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://u:p@host.com:8080/p/a/t/h?query=string#hash',
  'mailto:a@b.com', 'file:///etc/x', '/one/two/three', 'one/two', '', 'http://x.com',
  'foo:bar/baz', 'http://example.com/a/b/'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../', '../g',
  '../..', '../../g', '../../../g', '.', './', '', 'http:g', 'https:g', 'https://x/y',
  'mailto:z@w', '//u@h2/p', 'g;x', '../../../../..', 'file:x', 'javascript:void(0)',
  'about:blank', 'ftp:/a', 'http://a/b/../c', 'a/./b/../c/', 'x@y', '?', '#'];
for (const b of bases) {
  console.log(JSON.stringify(b));
  console.log(' ', rels.map((r) => `${r}=>${url.resolve(b, r)}`).join(' | '));
}
