// node:fs system errors, field by field, in Sync, callback and promise forms.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), `coil-fs-errors-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.chdir(dir);
fs.writeFileSync('f', 'x');
fs.mkdirSync('d');

function show(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, e.path, e.dest, e.message,
    Object.keys(e).join(','), e instanceof Error);
}
function sync(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    show(label, e);
  }
}
sync('readFileSync', () => fs.readFileSync('nope'));
sync('readFileSync dir', () => fs.readFileSync('d'));
sync('openSync', () => fs.openSync('nope', 'r'));
sync('openSync wx', () => fs.openSync('f', 'wx'));
sync('statSync', () => fs.statSync('nope'));
sync('lstatSync', () => fs.lstatSync('nope/x'));
sync('mkdirSync', () => fs.mkdirSync('d'));
sync('mkdirSync rec file', () => fs.mkdirSync('f', { recursive: true }));
sync('mkdirSync rec notdir', () => fs.mkdirSync('f/x/y', { recursive: true }));
sync('readdirSync', () => fs.readdirSync('nope'));
sync('readdirSync file', () => fs.readdirSync('f'));
sync('rmdirSync', () => fs.rmdirSync('nope'));
sync('rmdirSync file', () => fs.rmdirSync('f'));
sync('rmSync', () => fs.rmSync('nope'));
sync('rmSync dir', () => fs.rmSync('d'));
sync('unlinkSync', () => fs.unlinkSync('nope'));
sync('unlinkSync dir', () => fs.unlinkSync('d'));
sync('renameSync', () => fs.renameSync('nope', 'x'));
sync('copyFileSync', () => fs.copyFileSync('nope', 'x'));
sync('copyFileSync excl', () => fs.copyFileSync('f', 'f', fs.constants.COPYFILE_EXCL));
sync('linkSync', () => fs.linkSync('nope', 'x'));
sync('symlinkSync', () => fs.symlinkSync('f', 'f'));
sync('readlinkSync', () => fs.readlinkSync('f'));
sync('realpathSync.native', () => fs.realpathSync.native('nope'));
sync('chmodSync', () => fs.chmodSync('nope', 0o644));
sync('utimesSync', () => fs.utimesSync('nope', 1, 1));
sync('truncateSync', () => fs.truncateSync('nope'));
sync('accessSync', () => fs.accessSync('nope'));
sync('readSync', () => fs.readSync(1000, Buffer.alloc(1)));
sync('closeSync', () => fs.closeSync(1000));
sync('fstatSync', () => fs.fstatSync(1000));
sync('writeFileSync', () => fs.writeFileSync('nodir/x', 'a'));
sync('mkdtempSync', () => fs.mkdtempSync('nodir/x'));
sync('opendirSync', () => fs.opendirSync('nope'));
console.log(fs.statSync('nope', { throwIfNoEntry: false }), fs.lstatSync('nope', { throwIfNoEntry: false }));

const steps = [
  (next) => fs.readFile('nope', (e) => { show('readFile', e); next(); }),
  (next) => fs.open('nope', 'r', (e) => { show('open', e); next(); }),
  (next) => fs.stat('nope', (e) => { show('stat', e); next(); }),
  (next) => fs.mkdir('d', (e) => { show('mkdir', e); next(); }),
  (next) => fs.readdir('nope', (e) => { show('readdir', e); next(); }),
  (next) => fs.rm('d', (e) => { show('rm', e); next(); }),
  (next) => fs.rm('nope', (e) => { show('rm missing', e); next(); }),
  (next) => fs.rename('nope', 'x', (e) => { show('rename', e); next(); }),
  (next) => fs.copyFile('nope', 'x', (e) => { show('copyFile', e); next(); }),
  (next) => fs.unlink('nope', (e) => { show('unlink', e); next(); }),
  (next) => fs.access('nope', (e) => { show('access', e); next(); }),
  (next) => fs.opendir('nope', (e) => { show('opendir', e); next(); }),
  (next) => fs.read(1000, Buffer.alloc(1), 0, 1, 0, (e) => { show('read', e); next(); }),
  (next) => fs.close(1000, (e) => { show('close', e); next(); }),
  (next) => fs.exists('nope', (v) => { console.log('exists', v); next(); }),
  (next) => fs.promises.readFile('nope').catch((e) => { show('promises.readFile', e); next(); }),
  (next) => fs.promises.mkdir('d').catch((e) => { show('promises.mkdir', e); next(); }),
  (next) => fs.promises.open('nope').catch((e) => { show('promises.open', e); next(); }),
  (next) => fs.promises.rm('d').catch((e) => { show('promises.rm', e); next(); }),
];
let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('done');
  }
}
next();
