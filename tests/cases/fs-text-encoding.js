// Text written and read through node:fs as UTF-8 (and other encodings):
// lone surrogates, a leading BOM (kept), invalid UTF-8 bytes, multi-byte
// characters, the sync, callback and fd forms, and write/writeSync strings.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-text-'));
const file = path.join(dir, 't.txt');
const hex = (s) => Buffer.from(s, 'latin1').toString('hex');
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');

fs.writeFileSync(file, 'a\ud800b\udc00c \u00e9\u4e2d\ud83d\ude00');
console.log(fs.readFileSync(file).toString('hex'));
console.log(codes(fs.readFileSync(file, 'utf8')));

fs.writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69, 0xff, 0xc3, 0x28, 0xe2, 0x82]));
const fd = fs.openSync(file, 'r');
console.log('bom fd', codes(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
console.log('bom sync', codes(fs.readFileSync(file, { encoding: 'utf-8', flag: 'r' })));
console.log('bom rs', codes(fs.readFileSync(file, { encoding: 'utf8', flag: 'rs' })));
console.log('latin1', hex(fs.readFileSync(file, 'latin1')));

fs.writeFileSync(file, 'caf\u00e9', 'latin1');
console.log('latin1 write', fs.readFileSync(file).toString('hex'));
fs.writeFileSync(file, '68690a', { encoding: 'hex' });
console.log('hex write', fs.readFileSync(file).toString('hex'));
fs.appendFileSync(file, '\u00e9');
fs.appendFileSync(file, 'ff', 'hex');
console.log('append', fs.readFileSync(file).toString('hex'));

const wfd = fs.openSync(file, 'w+');
console.log(fs.writeSync(wfd, '\u00e9\ud800'), fs.writeSync(wfd, 'zz', null, 'latin1'), fs.writeSync(wfd, '4142', 0, 'hex'));
fs.closeSync(wfd);
console.log('writeSync', fs.readFileSync(file).toString('hex'));

fs.readFile(file, 'utf8', (err, text) => {
  console.log('readFile', err, codes(text));
  fs.writeFile(file, '\ufeffx\u{10ffff}', (err2) => {
    fs.readFile(file, { encoding: 'utf-8' }, (err3, t) => {
      console.log('writeFile/readFile', err2, err3, codes(t));
      const afd = fs.openSync(file, 'a');
      fs.write(afd, '\u00e9!', (err4, n, s) => {
        console.log('write', err4, n, codes(s));
        fs.closeSync(afd);
        console.log(fs.readFileSync(file).toString('hex'));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
