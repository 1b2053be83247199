// path.win32.parse, format, dirname, basename, extname and isAbsolute.
const { win32 } = require('path');

const inputs = [
  '', 'C:', 'C:\\', 'C:\\a', 'C:a', 'C:\\a\\b.txt', 'c:/a/b/', '\\\\srv\\sh', '\\\\srv\\sh\\',
  '\\\\srv\\sh\\a.b.c', '\\', '\\a', 'a\\b\\', 'file.', '.hidden', '..', '...', 'a..', 'C:\\..',
  '\\\\?\\C:\\x.y', 'dir\\.git', 'x\\y\\z.tar.gz', 'C:\\a\\\\', '//a', '/',
];
for (const p of inputs) {
  const parsed = win32.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(win32.format(parsed)),
    JSON.stringify(win32.dirname(p)), JSON.stringify(win32.basename(p)), JSON.stringify(win32.extname(p)),
    win32.isAbsolute(p));
}
for (const [p, s] of [['C:\\a\\b.js', '.js'], ['b.js', 'b.js'], ['C:b.js', '.js'], ['a\\bc\\', 'xbc'],
  ['a\\bc\\', 'c'], ['C:\\', 'x'], ['\\\\srv\\sh\\f.txt', 'txt'], ['aaa', 'a']]) {
  console.log('basename', JSON.stringify(p), JSON.stringify(s), JSON.stringify(win32.basename(p, s)));
}
console.log(win32.format({ root: 'C:\\', dir: 'C:\\x', name: 'n', ext: 'e' }),
  win32.format({ root: 'C:\\', base: 'b' }), win32.format({ dir: 'd', base: 'b', name: 'ignored' }));
