// WHATWG URL: resolving relative references against a base (RFC 3986 examples and more).
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
  ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
  '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
  'g/./h', 'g/../h', 'http:g', 'https:g', '\\\\x\\y', 'file:z'];
for (const r of refs) console.log(JSON.stringify(r), new URL(r, base).href);
console.log(new URL('x', new URL('http://host/dir/file')).href);
console.log(new URL('?q', 'file:///tmp/a').href, new URL('..', 'file:///tmp/a/b').href);
console.log(new URL('x', 'foo://h/a/b').href, new URL('/y', 'foo:opaque').protocol);
for (const [i, b] of [['x', 'mailto:a@b'], ['', 'http://a/b?c#d'], ['#f', 'mailto:a@b']]) {
  console.log(JSON.stringify([i, b]), URL.canParse(i, b), URL.parse(i, b)?.href ?? null);
}
