// path.posix edge cases: normalize/join/resolve/relative, the quirks of
// dirname, basename with a suffix, extname and parse for dot names.
const path = require('path');

const show = (...v) => console.log(v.map((x) => JSON.stringify(x)).join(' '));
for (const p of ['', '.', '..', '/', '//', '///', '/..', '/../a', 'a/..', 'a/../..', './', 'a//b/./c/',
  '/a/b/../../..', '../../a/', 'a/.../b', '//a', '/a//', '.../..', 'a/./.']) {
  show(p, path.normalize(p), path.dirname(p), path.basename(p), path.extname(p), path.parse(p),
    path.isAbsolute(p));
}
for (const [p, s] of [['a/b.js', '.js'], ['b.js', 'b.js'], ['a/bc/', 'xbc'], ['a/bc/', 'c'], ['/', 'x'],
  ['///', 'x'], ['a.js.js', '.js'], ['.js', '.js'], ['a/b', 'a/b'], ['a/b', '/b']]) {
  show('basename', p, s, path.basename(p, s));
}
show(path.join('/a', '../..', 'b'), path.join('a', '', 'b/'), path.join(), path.join(''));
show(path.resolve('/a/b', './c', '../d'), path.resolve('/x', '/y', 'z'), path.resolve('/'));
show(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b'), path.relative('/a/b', '/a'),
  path.relative('/', '/x'), path.relative('/x', '/'), path.relative('/a/bc', '/a/b'));
show(path.format({ root: '/', dir: '/', base: 'a' }), path.format({ name: 'n', ext: 'e' }),
  path.format({ dir: 'd', name: 'n', ext: '.x' }), path.format({ root: 'r', name: 'n' }));
console.log(Object.keys(path).join(), path.posix === path, path.win32.posix === path,
  path.sep, path.delimiter, path.win32.sep, path.win32.delimiter, path.toNamespacedPath('a') === 'a');
