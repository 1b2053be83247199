// Files created after a failed require() are found (only found entries are
// cached); modules reached through symlinks are keyed by their real path.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-modules-'));
const file = path.join(dir, 'later.js');
try {
  require(file);
} catch (err) {
  console.log('before', err.code);
}
fs.writeFileSync(file, 'module.exports = __filename;');
console.log(path.basename(require(file)));
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), '{"main": "main.js"}');
fs.writeFileSync(path.join(dir, 'pkg', 'main.js'), 'module.exports = "pkg main";');
console.log(require(path.join(dir, 'pkg')));
fs.symlinkSync(path.join(dir, 'pkg'), path.join(dir, 'link'));
const viaLink = require(path.join(dir, 'link', 'main.js'));
console.log(viaLink, require.resolve(path.join(dir, 'link')) === require.resolve(path.join(dir, 'pkg')));
console.log(Object.keys(require.cache).filter((k) => k.startsWith(fs.realpathSync(dir))).map((k) => path.relative(fs.realpathSync(dir), k)));
fs.rmSync(dir, { recursive: true, force: true });
