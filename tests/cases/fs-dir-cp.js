// fs.cp/cpSync errors and copies, fs.opendir/Dir reads and async iteration.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), `coil-fs-cp-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 's', 'sub'), { recursive: true });
process.chdir(dir);
fs.writeFileSync('s/a', '1');
fs.writeFileSync('s/sub/b', '2');
function e(f) {
  try { f(); } catch (x) {
    console.log(x.name, x.code, x.errno, x.syscall, x.path, x.dest, x.message, Object.keys(x));
  }
}
e(() => fs.cpSync('nope', 'd'));
e(() => fs.cpSync('s', 'd'));
e(() => fs.cpSync('s', 's', { recursive: true }));
e(() => fs.cpSync('s', 's/sub/x', { recursive: true }));
fs.cpSync('s', 'd', { recursive: true });
console.log(fs.readdirSync('d', { recursive: true }));
e(() => fs.cpSync('s/a', 'd/a', { force: false, errorOnExist: true }));
e(() => fs.cpSync('s', 'd/a', { recursive: true }));
e(() => fs.cpSync('s/a', 'd', { recursive: true }));
fs.cp('s', 'e/f', { recursive: true, filter: (src) => !src.endsWith('b') }, (err) => {
  console.log(err, fs.readdirSync('e', { recursive: true }));
  const d = fs.opendirSync('s');
  console.log(d.path);
  const names = [];
  let x;
  while ((x = d.readSync())) names.push(x.name);
  d.closeSync();
  console.log(names.sort());
  e(() => d.closeSync());
  (async () => {
    await fs.promises.cp('s', 'g', { recursive: true });
    console.log(fs.readdirSync('g', { recursive: true }));
    const dd = await fs.promises.opendir('s');
    const n = [];
    for await (const en of dd) n.push(`${en.name}:${en.isDirectory()}`);
    console.log(n.sort());
    fs.opendir('nope', (err) => {
      console.log(err.code, err.syscall, err.path, err.message);
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
      console.log(fs.existsSync(dir));
    });
  })();
});
