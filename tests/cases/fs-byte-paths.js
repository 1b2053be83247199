// node:fs with file names that are not valid UTF-8: Buffer/Uint8Array paths
// reach the OS as raw bytes, readdir/readlink/realpath.native/mkdtemp give
// the raw bytes back with encoding 'buffer' (other encodings decode them),
// and errors show such paths decoded as UTF-8 with U+FFFD.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = path.join(os.tmpdir(), `coil-fs-byte-paths-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const dirBytes = Buffer.from(dir + '/');

// A path under the temp dir from raw name bytes.
const at = (...bytes) => Buffer.concat([dirBytes, Buffer.from(bytes)]);

// Values printed without the temp dir (which holds the pid).
function fmt(v) {
  if (Buffer.isBuffer(v)) {
    if (v.equals(Buffer.from(dir))) return '<Buffer <tmp>>';
    const rel = v.indexOf(dirBytes) === 0 ? v.subarray(dirBytes.length) : v;
    return `<Buffer ${v === rel ? '' : '<tmp>/ '}${rel.toString('hex')}>`;
  }
  if (v instanceof Uint8Array) return `<Uint8Array ${Buffer.from(v).toString('hex')}>`;
  if (typeof v === 'string') {
    return JSON.stringify(v.split(dir).join('<tmp>').split(process.cwd()).join('<cwd>'));
  }
  if (v instanceof fs.Dirent) {
    return `Dirent(${fmt(v.name)}, ${fmt(v.parentPath)}, file=${v.isFile()} dir=${v.isDirectory()} link=${v.isSymbolicLink()})`;
  }
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  return String(v);
}

function showErr(label, e) {
  console.log(label, 'ERR', e.name, e.code, e.errno, e.syscall, fmt(e.path), fmt(e.dest),
    fmt(e.message), Object.keys(e).join(','));
}

function sync(label, f) {
  try {
    console.log(label, fmt(f()));
  } catch (e) {
    showErr(label, e);
  }
}

function cb(label, f) {
  return new Promise((resolve) => {
    f((err, value) => {
      if (err) showErr(label, err);
      else console.log(label, fmt(value));
      resolve();
    });
  });
}

async function prom(label, f) {
  try {
    console.log(label, fmt(await f()));
  } catch (e) {
    showErr(label, e);
  }
}

async function main() {
  // Create entries whose names are not UTF-8.
  const aFFb = at(0x61, 0xff, 0x62);
  const dirFE = at(0xfe, 0x73);
  fs.writeFileSync(aFFb, 'one');
  fs.mkdirSync(dirFE);
  fs.writeFileSync(Buffer.concat([dirFE, Buffer.from([0x2f, 0xe9])]), 'two');
  fs.closeSync(fs.openSync(at(0xed, 0xa0, 0x80), 'w'));
  fs.closeSync(fs.openSync(new Uint8Array(at(0xc0, 0xaf)), 'w'));
  fs.writeFileSync(at(0x68, 0xc3, 0xa9), 'valid'); // 'hé' as UTF-8 bytes
  fs.writeFileSync(Buffer.concat([dirBytes, Buffer.from('\uD83D\uDC04', 'ucs2')]), 'ucs2');

  // Listings in every form.
  sync('readdirSync', () => fs.readdirSync(dir));
  sync('readdirSync buffer', () => fs.readdirSync(dir, 'buffer'));
  sync('readdirSync buffer obj', () => fs.readdirSync(dir, { encoding: 'buffer' }));
  for (const enc of ['latin1', 'hex', 'base64', 'ucs2', 'ascii']) {
    sync(`readdirSync ${enc}`, () => fs.readdirSync(dir, enc).map((n) => escape(n)).join(' '));
  }
  sync('readdirSync Buffer path', () => fs.readdirSync(Buffer.from(dir)));
  sync('readdirSync types', () => fs.readdirSync(dir, { withFileTypes: true }));
  sync('readdirSync types buffer', () => fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }));
  sync('readdirSync types Buffer path', () => fs.readdirSync(Buffer.from(dir), { withFileTypes: true }));
  sync('readdirSync sub', () => fs.readdirSync(dirFE, 'buffer'));
  sync('readdirSync sub utf8', () => fs.readdirSync(dirFE));
  await cb('readdir', (k) => fs.readdir(dir, k));
  await cb('readdir buffer', (k) => fs.readdir(dir, 'buffer', k));
  await cb('readdir hex', (k) => fs.readdir(dir, 'hex', k));
  await cb('readdir types buffer', (k) => fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' }, k));
  await prom('promises.readdir buffer', () => fs.promises.readdir(dir, 'buffer'));
  await prom('promises.readdir latin1', () => fs.promises.readdir(Buffer.from(dir), 'latin1'));
  await prom('promises.readdir types', () => fs.promises.readdir(dir, { withFileTypes: true }));

  // fs.Dir: names as asked, the path as given.
  const listDir = (d) => {
    const out = [];
    let e;
    while ((e = d.readSync()) !== null) out.push(e);
    d.closeSync();
    return out.sort((x, y) => Buffer.compare(Buffer.from(x.name), Buffer.from(y.name)));
  };
  sync('opendirSync buffer', () => listDir(fs.opendirSync(dir, { encoding: 'buffer' })));
  sync('opendirSync Buffer path', () => {
    const d = fs.opendirSync(Buffer.from(dir));
    return [d.path, ...listDir(d)];
  });
  sync('opendirSync latin1', () => listDir(fs.opendirSync(dir, { encoding: 'latin1' })).map((e) => escape(e.name)).join(' '));
  await prom('promises.opendir buffer', async () => {
    const out = [];
    for await (const e of await fs.promises.opendir(dir, { encoding: 'buffer' })) out.push(e.name);
    return out.sort(Buffer.compare);
  });

  // Operations through Buffer paths.
  sync('readFileSync', () => fs.readFileSync(aFFb, 'utf8'));
  sync('existsSync', () => fs.existsSync(aFFb));
  sync('existsSync missing', () => fs.existsSync(at(0xfa)));
  sync('statSync', () => fs.statSync(aFFb).size);
  sync('lstatSync dir', () => fs.lstatSync(dirFE).isDirectory());
  sync('accessSync', () => fs.accessSync(aFFb));
  sync('appendFileSync', () => fs.appendFileSync(aFFb, '+'));
  sync('chmodSync', () => fs.chmodSync(aFFb, 0o640));
  sync('mode', () => (fs.statSync(aFFb).mode & 0o777).toString(8));
  sync('utimesSync', () => fs.utimesSync(aFFb, 1000, 2000));
  sync('mtime', () => fs.statSync(aFFb).mtimeMs);
  sync('truncateSync', () => fs.truncateSync(aFFb, 2));
  sync('size', () => fs.statSync(aFFb).size);
  sync('copyFileSync', () => fs.copyFileSync(aFFb, at(0x63, 0xff)));
  sync('linkSync', () => fs.linkSync(aFFb, at(0x6c, 0xff)));
  sync('nlink', () => fs.statSync(aFFb).nlink);
  sync('renameSync', () => fs.renameSync(at(0x63, 0xff), at(0x72, 0xff)));
  sync('renamed', () => fs.readFileSync(at(0x72, 0xff), 'latin1'));
  sync('unlinkSync', () => fs.unlinkSync(at(0x72, 0xff)));
  sync('unlinkSync link', () => fs.unlinkSync(at(0x6c, 0xff)));
  await cb('stat', (k) => fs.stat(aFFb, (e, s) => k(e, s && s.size)));
  await cb('rename', (k) => fs.rename(aFFb, at(0x62, 0xfe), k));
  await cb('rename back', (k) => fs.rename(at(0x62, 0xfe), aFFb, k));
  await prom('promises.stat', async () => (await fs.promises.stat(aFFb)).isFile());
  await prom('promises.readFile', () => fs.promises.readFile(aFFb, 'utf8'));
  await prom('promises.open', async () => {
    const h = await fs.promises.open(aFFb, 'r');
    const { bytesRead } = await h.read(Buffer.alloc(8), 0, 8, 0);
    await h.close();
    return bytesRead;
  });
  await new Promise((resolve) => {
    const chunks = [];
    fs.createReadStream(aFFb).on('data', (c) => chunks.push(c)).on('end', () => {
      console.log('createReadStream', fmt(Buffer.concat(chunks).toString()));
      resolve();
    });
  });
  await new Promise((resolve) => {
    fs.createWriteStream(at(0x77, 0xff)).end('streamed', () => {
      console.log('createWriteStream', fmt(fs.readFileSync(at(0x77, 0xff), 'utf8')));
      resolve();
    });
  });

  // Links and resolved paths come back as bytes when asked.
  sync('symlinkSync', () => fs.symlinkSync(Buffer.from([0xfe, 0x73]), at(0x6b, 0xff)));
  sync('readlinkSync', () => fs.readlinkSync(at(0x6b, 0xff)));
  sync('readlinkSync buffer', () => fs.readlinkSync(at(0x6b, 0xff), 'buffer'));
  sync('readlinkSync hex', () => fs.readlinkSync(at(0x6b, 0xff), { encoding: 'hex' }));
  await cb('readlink buffer', (k) => fs.readlink(at(0x6b, 0xff), 'buffer', k));
  await prom('promises.readlink buffer', () => fs.promises.readlink(at(0x6b, 0xff), 'buffer'));
  sync('realpathSync.native', () => fs.realpathSync.native(at(0x6b, 0xff)));
  sync('realpathSync.native buffer', () => fs.realpathSync.native(at(0x6b, 0xff), 'buffer'));
  await cb('realpath.native buffer', (k) => fs.realpath.native(at(0x6b, 0xff), 'buffer', k));
  await prom('promises.realpath buffer', () => fs.promises.realpath(at(0x6b, 0xff), 'buffer'));
  await prom('promises.realpath missing', () => fs.promises.realpath(at(0xfa)));
  // fs.realpath (not .native) works on strings, as Node's: the bytes are
  // decoded as UTF-8 first, so this name is not found.
  sync('realpathSync', () => fs.realpathSync(at(0x6b, 0xff)));
  sync('realpathSync utf8 bytes', () => fs.realpathSync(at(0x68, 0xc3, 0xa9), 'buffer'));
  sync('realpathSync Uint8Array', () => fs.realpathSync(new Uint8Array([0x2f])));
  sync('realpathSync number', () => fs.realpathSync(5));
  await cb('realpath', (k) => fs.realpath(at(0x6b, 0xff), k));

  // Temporary directories from byte prefixes.
  sync('mkdtempSync buffer', () => {
    const p = fs.mkdtempSync(at(0x74, 0xff), 'buffer');
    return [p.subarray(0, dirBytes.length + 2), p.length - dirBytes.length];
  });
  sync('mkdtempSync utf8', () => {
    const p = fs.mkdtempSync(at(0x74, 0xff));
    return [p.slice(0, -6), p.length];
  });
  await cb('mkdtemp buffer', (k) => fs.mkdtemp(at(0x75, 0xff), 'buffer', (e, p) => k(e, p && p.subarray(0, dirBytes.length + 2))));
  await prom('promises.mkdtemp', async () => (await fs.promises.mkdtemp(at(0x76, 0xff))).slice(0, -6));
  sync('mkdirSync recursive', () => fs.mkdirSync(Buffer.concat([at(0x6d, 0xff), Buffer.from('/x/y')]), { recursive: true }));

  // Errors name such paths decoded as UTF-8 (U+FFFD).
  sync('openSync missing', () => fs.openSync(at(0xff, 0x2f)));
  sync('openSync missing 2', () => fs.openSync(at(0xf0, 0x9f, 0x98)));
  sync('statSync missing', () => fs.statSync(at(0xfa)));
  sync('statSync throwIfNoEntry', () => fs.statSync(at(0xfa), { throwIfNoEntry: false }));
  sync('renameSync missing', () => fs.renameSync(at(0xfa), at(0xfb)));
  sync('linkSync missing', () => fs.linkSync(at(0xfa), at(0xfb)));
  sync('symlinkSync exists', () => fs.symlinkSync(at(0xfa), aFFb));
  sync('readdirSync missing', () => fs.readdirSync(at(0xfa)));
  sync('readdirSync file', () => fs.readdirSync(aFFb));
  sync('rmdirSync not empty', () => fs.rmdirSync(dirFE));
  sync('rmSync missing', () => fs.rmSync(at(0xfa)));
  sync('rmSync dir', () => fs.rmSync(dirFE));
  sync('mkdirSync exists', () => fs.mkdirSync(dirFE));
  sync('readlinkSync not link', () => fs.readlinkSync(aFFb));
  sync('opendirSync missing', () => fs.opendirSync(at(0xfa)));
  sync('watch missing', () => {
    try {
      fs.watch(at(0xfa));
    } catch (e) {
      return [e.code, e.syscall, e.path, e.filename];
    }
  });
  sync('openSync lone surrogate', () => fs.openSync(dir + '/\uD800x'));
  await cb('open missing', (k) => fs.open(at(0xff, 0x2f), k));
  await cb('readdir missing', (k) => fs.readdir(at(0xfa), 'buffer', k));
  await cb('opendir missing', (k) => fs.opendir(at(0xfa), k));
  await prom('promises.open missing', () => fs.promises.open(at(0xfa)));
  await prom('promises.rename missing', () => fs.promises.rename(at(0xfa), at(0xfb)));

  // Validation: null bytes and wrong types, as Node.
  sync('null byte Buffer', () => fs.openSync(Buffer.from([0x61, 0, 0x62])));
  sync('null byte Uint8Array', () => fs.statSync(new Uint8Array([0x61, 0])));
  sync('null byte string', () => fs.readdirSync('a\u0000b'));
  sync('Uint16Array', () => fs.statSync(new Uint16Array([0x2f])));
  await prom('promises null byte', () => fs.promises.readdir(Buffer.from([0x61, 0])));
  sync('cpSync Buffer', () => fs.cpSync(aFFb, at(0x7a)));

  // Recursive listings (strings) and removal through Buffer paths.
  fs.mkdirSync(path.join(dir, 'tree', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tree', 'sub', 'f'), '');
  fs.symlinkSync('sub', path.join(dir, 'tree', 'link'));
  sync('readdirSync recursive', () => fs.readdirSync(path.join(dir, 'tree'), { recursive: true }));
  sync('readdirSync recursive types', () => fs.readdirSync(path.join(dir, 'tree'), { recursive: true, withFileTypes: true }));
  sync('rmSync recursive', () => fs.rmSync(dirFE, { recursive: true }));
  sync('rmSync file', () => fs.rmSync(aFFb));
  await cb('rm recursive', (k) => fs.rm(Buffer.from(dir), { recursive: true }, k));
  sync('gone', () => fs.existsSync(dir));
}

main();
