// path.win32.resolve, relative and toNamespacedPath (on a POSIX host the
// current directory has no drive).
const { win32 } = require('path');

const show = (...v) => console.log(v.map((x) => JSON.stringify(x)).join(' '));
const resolveCases = [
  ['C:\\a', 'b'], ['C:\\a', 'c:b'], ['C:\\a', '\\b'], ['C:\\a', '..\\..\\..'],
  ['\\\\srv\\sh', 'a', '..\\..'], ['\\\\srv\\sh\\x', '\\y'], ['c:/x', 'y/../z'],
  ['\\\\.\\pipe', 'x'], ['\\\\?\\C:\\a', 'b'], ['C:\\x', 'C:y', 'z'], ['\\a', 'C:b'], ['C:\\', ''],
  ['C:\\a\\', '.'], ['//srv/sh/', 'x/'],
];
for (const args of resolveCases) show('resolve', args, win32.resolve(...args));
const relativeCases = [
  ['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'C:\\a\\b\\c'], ['C:\\a\\b\\c', 'C:\\a'], ['C:\\', 'C:\\x'],
  ['C:\\x\\y', 'C:\\'], ['C:\\A\\b', 'c:\\a\\B'], ['C:\\a', 'D:\\a'], ['\\\\srv\\sh\\a', '\\\\srv\\sh\\b'],
  ['\\\\srv\\sh', '\\\\srv\\sh\\x'], ['\\\\srv\\sh\\x', '\\\\other\\sh\\x'], ['C:\\foo\\bar', 'C:\\foo\\barbaz'],
  ['C:\\a\\b', 'C:\\a\\b'], ['C:\\a\\b\\', 'C:\\a\\b'],
];
for (const args of relativeCases) show('relative', args, win32.relative(...args));
for (const p of ['C:\\a', 'c:/a/b', '\\\\srv\\sh\\x', '//srv/sh', '\\\\?\\C:\\a', '\\\\.\\pipe\\x', '', 1, 'C:\\..\\..']) {
  show('toNamespacedPath', p, win32.toNamespacedPath(p));
}
console.log(win32._makeLong === win32.toNamespacedPath);
