// path.matchesGlob (experimental): *, **, ?, classes, braces, extglobs,
// dot files, both flavours.
const path = require('path');

process.on('warning', (w) => console.log('warning', w.name, w.message));
const paths = ['a.js', 'a/b.js', 'a/b/c.js', '.a.js', 'a/.b.js', 'x', 'a/b', 'a.txt', 'a\\b.js',
  'foo/bar/baz.ts', '', '/abs/x.js', 'a/b/', 'a//b.js', 'ab.js', 'a1', 'a9'];
const patterns = ['*.js', '**/*.js', '**', '*', 'a/*', 'a/**', '?.js', '[ab].js', '[!a].js', '{a,b}.js',
  'a{1..3}', '+(a|b).js', '!(a).js', '.*', '*.{js,ts}', 'foo/**/*', 'a\\*', '[[:alpha:]]'];
for (const pattern of patterns) {
  const row = [];
  for (const p of paths) row.push(path.matchesGlob(p, pattern) ? 1 : 0);
  const winRow = [];
  for (const p of paths) winRow.push(path.win32.matchesGlob(p, pattern) ? 1 : 0);
  console.log(pattern.padEnd(12), row.join(''), winRow.join(''));
}
for (const args of [[1, 'a'], ['a', 1]]) {
  try {
    path.matchesGlob(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
