// path.win32.normalize and join: drive roots, UNC roots, \\.\ and \\?\
// prefixes, reserved device names, relative paths that look like drives.
const { win32 } = require('path');

const inputs = [
  '', '.', '..', 'a', 'C:', 'C:.', 'C:..', 'C:\\', 'C:/', 'c:/a/b/../c', 'C:a\\..\\..\\b', 'C:\\..\\..',
  '\\', '/', '\\\\', '\\\\server', '\\\\server\\share', '\\\\server\\share\\', '//server/share/a/../b',
  '\\\\server\\\\share', '\\\\.\\pipe\\x', '\\\\?\\C:\\a\\..', '\\\\.\\', '\\\\?\\', 'a/b\\c//d',
  'a/../C:x', 'x/..//C:', '.\\C:', 'foo/../bar:baz', 'a:b', 'CON', 'CON:', 'con:', 'CON:\\a', 'CON:/',
  'nul:x', 'COM1:', 'COM10:', 'LPT9:', 'a/CON:', 'NUL.txt', 'nulb', '::', ':', 'a\\..\\AUX:', 'C:CON:',
  '.\\a\\.\\b\\', 'a\\\\\\b', '...\\a', 'a\\...', '\\a\\..\\..\\b',
];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(win32.normalize(p)), JSON.stringify(win32.join(p)),
    JSON.stringify(win32.join('x', p)), JSON.stringify(win32.join(p, 'y')));
}
console.log(JSON.stringify(win32.join()), JSON.stringify(win32.join('', '')),
  JSON.stringify(win32.join('//server', 'share')), JSON.stringify(win32.join('\\\\', 'a', 'b')),
  JSON.stringify(win32.join('///a', 'b')), JSON.stringify(win32.join('C:', 'a', '..', '..')));
