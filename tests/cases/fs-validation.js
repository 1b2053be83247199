// node:fs argument validation errors (ERR_INVALID_ARG_TYPE / _VALUE / ERR_OUT_OF_RANGE).
const fs = require('fs');
function e(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (x) {
    console.log(label, x.name, x.code, x.message);
  }
}
e('readFileSync num path', () => fs.readFileSync(true));
e('readFile no cb', () => fs.readFile('x'));
e('openSync bad flags', () => fs.openSync('x', 'zz'));
e('openSync bad mode', () => fs.openSync('x', 'r', 'abc'));
e('null byte', () => fs.statSync('a\u0000b'));
e('readSync bad fd', () => fs.readSync('1', Buffer.alloc(1)));
e('readSync neg fd', () => fs.readSync(-1, Buffer.alloc(1)));
e('readSync bad buffer', () => fs.readSync(0, 'str', 0, 1, 0));
e('readSync offset range', () => fs.readSync(0, Buffer.alloc(4), 5, 1, 0));
e('readSync length range', () => fs.readSync(0, Buffer.alloc(4), 0, 9, 0));
e('writeSync bad data', () => fs.writeSync(1, {}));
e('writeFileSync bad data', () => fs.writeFileSync('x', 123));
e('mkdirSync bad recursive', () => fs.mkdirSync('x', { recursive: 'yes' }));
e('rmSync bad force', () => fs.rmSync('x', { force: 1 }));
e('accessSync bad mode', () => fs.accessSync('x', 8));
e('copyFileSync bad mode', () => fs.copyFileSync('a', 'b', 9));
e('symlinkSync bad type', () => fs.symlinkSync('a', 'b', 'weird'));
e('chownSync bad uid', () => fs.chownSync('a', 'x', 1));
e('utimesSync bad time', () => fs.utimesSync('a', {}, 1));
e('closeSync bad fd', () => fs.closeSync(null));
e('readdirSync bad options', () => fs.readdirSync('.', 5));
e('readFileSync bad encoding', () => fs.readFileSync('x', 'nope'));
e('createReadStream bad start', () => fs.createReadStream('x', { start: -1 }));
e('createReadStream start>end', () => fs.createReadStream('x', { start: 5, end: 2 }));
e('fs.stat no cb', () => fs.stat('.'));
console.log(typeof fs.promises.readFile, Object.keys(fs.constants).length > 40, fs.constants.O_CREAT);
