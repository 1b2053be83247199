// path argument validation: the argument names in Node's messages.
const path = require('path');

const calls = [
  () => path.join('a', 1), () => path.win32.join(null), () => path.resolve('a', 1),
  () => path.resolve(1, '/a'), () => path.win32.resolve(1, 'C:\\a'), () => path.win32.resolve(1, '\\a'),
  () => path.relative(1, 'a'), () => path.win32.relative('a', 1), () => path.basename(1),
  () => path.basename('a', 1), () => path.basename(1, 1), () => path.win32.basename('a', {}),
  () => path.dirname(1), () => path.extname(null), () => path.parse(1), () => path.normalize({}),
  () => path.isAbsolute(1), () => path.format(null), () => path.win32.format('x'),
  () => path.toNamespacedPath(1), () => path.win32.toNamespacedPath(1),
];
for (const call of calls) {
  try {
    console.log(JSON.stringify(call()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
