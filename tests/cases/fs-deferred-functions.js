// The less used node:fs functions (compiled on first call in coil) behave as
// Node's: results, argument errors, callbacks, promisified forms (custom
// promisify args of read/write/readv/writev, exists' custom function).
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-deferred-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world');

function e(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (x) {
    console.log(label, x.name, x.code, x.message.replaceAll(dir, '<dir>'));
  }
}

e('chmodSync', () => fs.chmodSync(file, '644'));
e('chmodSync bad mode', () => fs.chmodSync(file, 'abc'));
e('chmodSync mode type', () => fs.chmodSync(file, {}));
e('chmod no cb', () => fs.chmod(file, 0o644));
e('fchmodSync bad fd', () => fs.fchmodSync(-1, 0o644));
e('chownSync bad uid', () => fs.chownSync(file, 'x', 0));
e('chownSync uid range', () => fs.chownSync(file, -2, 0));
e('lchownSync bad gid', () => fs.lchownSync(file, 0, 1.5));
e('utimesSync', () => fs.utimesSync(file, 1000, new Date(2000000)));
console.log(fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
e('utimesSync bad time', () => fs.utimesSync(file, 'x', 1));
e('futimesSync bad fd', () => fs.futimesSync('1', 1, 1));
e('truncateSync', () => fs.truncateSync(file, 5));
e('truncateSync bad len', () => fs.truncateSync(file, 'x'));
e('ftruncateSync bad len', () => fs.ftruncateSync(0, 1.5));
e('fsyncSync bad fd', () => fs.fsyncSync(2 ** 31));
e('fdatasync no cb', () => fs.fdatasync(0));
e('symlinkSync bad type', () => fs.symlinkSync(file, path.join(dir, 'l'), 'nope'));
e('symlinkSync', () => fs.symlinkSync('f.txt', path.join(dir, 'l')));
e('readlinkSync', () => fs.readlinkSync(path.join(dir, 'l')));
e('readlinkSync buffer', () => fs.readlinkSync(path.join(dir, 'l'), 'buffer').length);
e('linkSync', () => fs.linkSync(file, path.join(dir, 'hard')));
e('linkSync missing', () => fs.linkSync(path.join(dir, 'nope'), path.join(dir, 'x')));
e('readvSync bad buffers', () => fs.readvSync(0, [1]));
e('writevSync bad fd', () => fs.writevSync(-1, []));
e('statfsSync', () => typeof fs.statfsSync(dir).bsize);
e('statfsSync bigint', () => typeof fs.statfsSync(dir, { bigint: true }).bsize);
e('mkdtempSync bad prefix', () => fs.mkdtempSync(1));
e('readdirSync recursive', () => fs.readdirSync(dir, { recursive: true }).sort().join());
console.log(fs.readFileSync(file, 'utf8'));

fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'g'), '');

(async () => {
  const fd = fs.openSync(file, 'r+');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0);
  console.log('read', r.bytesRead, r.buffer.toString());
  const r2 = await util.promisify(fs.read)(fd);
  console.log('read default', r2.bytesRead, r2.buffer.length);
  const w = await util.promisify(fs.write)(fd, 'HEL', 0);
  console.log('write', w.bytesWritten, w.buffer);
  const wv = await util.promisify(fs.writev)(fd, [Buffer.from('ab'), Buffer.from('c')], 0);
  console.log('writev', wv.bytesWritten, wv.buffer.length);
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(3)], 0);
  console.log('readv', rv.bytesRead, rv.buffers.map(String));
  console.log('exists', await util.promisify(fs.exists)(file), await util.promisify(fs.exists)(path.join(dir, 'no')));
  await util.promisify(fs.fsync)(fd);
  await util.promisify(fs.ftruncate)(fd, 3);
  await util.promisify(fs.futimes)(fd, 5, 6);
  console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).mtimeMs);
  fs.closeSync(fd);
  console.log('readdir recursive', (await util.promisify(fs.readdir)(dir, { recursive: true })).sort().join());
  const ents = await util.promisify(fs.readdir)(dir, { recursive: true, withFileTypes: true });
  console.log(ents.map((d) => `${path.relative(dir, d.parentPath)}:${d.name}:${d.isDirectory()}`).sort().join());
  fs.chmod(file, 0o600, (err) => {
    console.log('chmod cb', err, (fs.statSync(file).mode & 0o777).toString(8));
    fs.readlink(path.join(dir, 'l'), (err2, target) => {
      console.log('readlink cb', err2, target);
      fs.truncate(path.join(dir, 'missing'), (err3) => {
        console.log('truncate cb', err3.code, err3.syscall);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
})();
