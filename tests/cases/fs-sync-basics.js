// node:fs *Sync forms: files, descriptors, directories, links, metadata.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), `coil-fs-sync-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.chdir(dir);
try {
  fs.writeFileSync('a.txt', 'hello world');
  console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('a.txt'));
  fs.appendFileSync('a.txt', Buffer.from(' and more'));
  console.log(fs.readFileSync('a.txt', { encoding: 'hex' }));
  console.log(fs.readFileSync('a.txt', 'base64'), fs.readFileSync('a.txt', 'latin1').length);
  fs.writeFileSync('u.txt', 'h\u00e9llo \u{1F600}', { encoding: 'utf8', mode: 0o600 });
  console.log(fs.readFileSync('u.txt', 'utf8'), (fs.statSync('u.txt').mode & 0o777).toString(8));
  fs.writeFileSync('u16.txt', 'abc', 'utf16le');
  console.log(fs.readFileSync('u16.txt'));

  const fd = fs.openSync('a.txt', 'r+');
  console.log(typeof fd, fd > 2);
  const buf = Buffer.alloc(8, '.');
  console.log(fs.readSync(fd, buf, 2, 5, 6), buf.toString());
  console.log(fs.readSync(fd, buf, { offset: 0, length: 3, position: 0 }), buf.toString());
  console.log(fs.readSync(fd, buf), buf.toString());
  console.log(fs.writeSync(fd, 'HELLO', 0), fs.writeSync(fd, Buffer.from('xyz'), 1, 2, 20));
  console.log(fs.writeSync(fd, new Uint16Array([0x4142])));
  console.log(fs.fstatSync(fd).size);
  fs.ftruncateSync(fd, 4);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  console.log(fs.readvSync(fd, bufs, 0), bufs);
  console.log(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('345')], 2));
  fs.closeSync(fd);
  console.log(fs.readFileSync('a.txt', 'utf8'));

  console.log(fs.mkdirSync('d1/d2/d3', { recursive: true }), fs.mkdirSync('d1/d2', { recursive: true }));
  console.log(fs.mkdirSync('plain'), fs.existsSync('plain'), fs.existsSync('nope'));
  fs.writeFileSync('d1/f1', '1');
  fs.writeFileSync('d1/d2/f2', '22');
  console.log(fs.readdirSync('.'));
  console.log(fs.readdirSync('d1', { recursive: true }));
  console.log(fs.readdirSync('d1', { withFileTypes: true }).map((e) => [e.name, e.path, e.isFile(), e.isDirectory()]));
  console.log(fs.readdirSync('d1', { encoding: 'buffer' }));

  fs.renameSync('u.txt', 'v.txt');
  fs.copyFileSync('v.txt', 'w.txt');
  fs.copyFileSync('v.txt', 'w.txt');
  console.log(fs.existsSync('u.txt'), fs.readFileSync('w.txt', 'utf8'));
  fs.linkSync('w.txt', 'hard.txt');
  console.log(fs.statSync('w.txt').nlink, fs.statSync('hard.txt').ino === fs.statSync('w.txt').ino);
  fs.symlinkSync('w.txt', 'sym');
  console.log(fs.readlinkSync('sym'), fs.lstatSync('sym').isSymbolicLink(), fs.statSync('sym').isFile());
  console.log(path.basename(fs.realpathSync('sym')), path.basename(fs.realpathSync.native('d1/d2/../f1')));
  console.log(fs.readlinkSync('sym', 'buffer'));

  fs.chmodSync('w.txt', 0o640);
  console.log((fs.statSync('w.txt').mode & 0o777).toString(8));
  fs.chmodSync('w.txt', '755');
  console.log((fs.statSync('w.txt').mode & 0o777).toString(8));
  fs.utimesSync('w.txt', 1000, new Date(2000000));
  const st = fs.statSync('w.txt');
  console.log(st.atimeMs, st.mtimeMs, st.atime.toISOString(), st.mtime.getTime());
  fs.lutimesSync('sym', 5, 6);
  console.log(fs.lstatSync('sym').mtimeMs);
  fs.truncateSync('w.txt', 3);
  console.log(fs.readFileSync('w.txt', 'utf8'));
  fs.truncateSync('w.txt');
  console.log(fs.statSync('w.txt').size);
  fs.accessSync('w.txt', fs.constants.R_OK | fs.constants.W_OK);
  const tmp = fs.mkdtempSync('tmp-');
  console.log(tmp.length, tmp.startsWith('tmp-'), fs.statSync(tmp).isDirectory());
  fs.rmdirSync(tmp);
  fs.unlinkSync('hard.txt');
  fs.rmSync('d1', { recursive: true });
  fs.rmSync('nope', { force: true });
  console.log(fs.readdirSync('.'));
  console.log(fs.statfsSync('.').bsize > 0, typeof fs.statfsSync('.', { bigint: true }).blocks);
} finally {
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(fs.existsSync(dir));
