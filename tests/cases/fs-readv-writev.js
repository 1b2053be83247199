// readv/writev (sync, callback, FileHandle): positions, the current file
// position, shared and overlapping views of one ArrayBuffer, DataViews, empty
// lists, errors and callback arguments.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-readv-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world, this is a test');
const fd = fs.openSync(file, 'r+');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.code, e.syscall, e.message);
  }
}

const a = Buffer.alloc(5);
const b = Buffer.alloc(3);
show('readvSync empty', () => fs.readvSync(fd, []));
show('readvSync at 6', () => [fs.readvSync(fd, [a, b], 6), a.toString(), b.toString()]);
show('readvSync current', () => [fs.readvSync(fd, [a, b]), a.toString(), b.toString()]);
show('readvSync null', () => [fs.readvSync(fd, [a, b], null), a.toString(), b.toString()]);
show('readvSync -1', () => [fs.readvSync(fd, [a, b], -1), a.toString(), b.toString()]);
show('readvSync 1.5 is current', () => fs.readvSync(fd, [a, b], 1.5));
show('readvSync bigint is current', () => fs.readvSync(fd, [a, b], 2n));
show('readvSync string is current', () => fs.readvSync(fd, [a, b], '2'));
show('readvSync bad buffers', () => fs.readvSync(fd, [a, 'x']));
show('readvSync not array', () => fs.readvSync(fd, a));
show('readvSync bad fd', () => fs.readvSync(9999, [a]));
show('writevSync at 0', () => fs.writevSync(fd, [Buffer.from('AB'), Buffer.from('CD')], 0));
show('writevSync current', () => fs.writevSync(fd, [Buffer.from('xy'), new Uint16Array([0x4142])]));
show('writevSync empty', () => fs.writevSync(fd, []));
show('writevSync empty buffer', () => fs.writevSync(fd, [Buffer.alloc(0)], 3));
show('writevSync bad fd', () => fs.writevSync(9999, [a]));
show('content', () => fs.readFileSync(file, 'latin1'));

// Views sharing one ArrayBuffer, overlapping, and a DataView.
const ab = new ArrayBuffer(10);
const x = new Uint8Array(ab, 0, 4);
const y = new Uint8Array(ab, 2, 4);
show('overlapping readvSync', () => [fs.readvSync(fd, [x, y], 0), Buffer.from(ab).toString('latin1')]);
show('dataview writevSync', () => fs.writevSync(fd, [new DataView(ab, 0, 3), x.subarray(1, 2)], 40));
show('after dataview', () => JSON.stringify(fs.readFileSync(file, 'latin1')));

// Many buffers in one call.
const many = Array.from({ length: 2000 }, (_, i) => Buffer.from(String(i % 10)));
show('writevSync 2000 buffers', () => fs.writevSync(fd, many, 0));
const manyIn = Array.from({ length: 2000 }, () => Buffer.alloc(1));
show('readvSync 2000 buffers', () => [fs.readvSync(fd, manyIn, 0), Buffer.concat(manyIn.slice(0, 12)).toString()]);

function step(list) {
  const next = list.shift();
  if (next) next(() => step(list));
}

step([
  (done) => fs.readv(fd, [], function (err) {
    console.log('readv empty', arguments.length, err.code, err.syscall, arguments[1], arguments[2]);
    done();
  }),
  (done) => fs.readv(fd, [a, b], 3, function (err, n, bufs) {
    console.log('readv at 3', arguments.length, err, n, bufs === undefined ? 'none' : bufs.map(String));
    done();
  }),
  (done) => fs.writev(fd, [], 0, function (err, n, bufs) {
    console.log('writev empty', arguments.length, err, n, bufs);
    done();
  }),
  (done) => fs.readv(9999, [a], function (err, n, bufs) {
    console.log('readv bad fd', arguments.length, err.code, err.errno, err.syscall, err.message, n, bufs.length);
    done();
  }),
  (done) => fs.writev(9999, [a], function (err, n, bufs) {
    console.log('writev bad fd', arguments.length, err.code, err.syscall, err.message, n, bufs.length);
    done();
  }),
  (done) => fs.writev(fd, [Buffer.from('1'), Buffer.from('23'), Buffer.from('')], 1, (err, n) => {
    console.log('writev at 1', err, n, JSON.stringify(fs.readFileSync(file, 'latin1').slice(0, 6)));
    done();
  }),
  (done) => fs.writev(fd, [new DataView(ab, 0, 2)], (err, n) => {
    console.log('writev current position', err, n);
    done();
  }),
  (done) => {
    const z = new Uint8Array(ab, 1, 4);
    fs.readv(fd, [x, z, new DataView(ab, 8, 2)], 3, (err, n) => {
      console.log('readv overlapping', err, n, JSON.stringify(Buffer.from(ab).toString('latin1')));
      done();
    });
  },
  (done) => {
    try {
      fs.readv(fd, [a], 'x');
    } catch (e) {
      console.log('readv bad callback', e.code, e.message);
    }
    try {
      fs.writev(fd, [a], 0, 'nope');
    } catch (e) {
      console.log('writev bad callback', e.code, e.message);
    }
    done();
  },
  (done) => {
    const util = require('util');
    util.promisify(fs.readv)(fd, [Buffer.alloc(4)], 0).then((r) => {
      console.log('promisified readv', r);
      return util.promisify(fs.writev)(fd, [Buffer.from('zz')], 0);
    }).then((r) => {
      console.log('promisified writev', r);
      done();
    });
  },
  async (done) => {
    const h = await fs.promises.open(file, 'r+');
    console.log('handle readv', await h.readv([Buffer.alloc(4)], 2));
    console.log('handle readv current', await h.readv([Buffer.alloc(2), Buffer.alloc(1)]));
    console.log('handle writev', await h.writev([Buffer.from('Q')], 45));
    console.log('handle writev empty', await h.writev([]));
    await h.readv([]).catch((e) => console.log('handle readv empty', e.code, e.syscall, e.message));
    await h.writev('x').catch((e) => console.log('handle writev bad', e.code, e.message));
    await h.close();
    await h.readv([Buffer.alloc(1)]).catch((e) => console.log('closed readv', e.code, e.syscall, e.message));
    await h.writev([Buffer.alloc(1)]).catch((e) => console.log('closed writev', e.code, e.syscall, e.message));
    done();
  },
  (done) => {
    // A WriteStream corks chunks into one writev.
    const out = path.join(dir, 'ws.txt');
    const ws = fs.createWriteStream(out);
    ws.cork();
    ws.write('one ');
    ws.write(Buffer.from('two '));
    ws.write('three');
    ws.uncork();
    ws.end(() => {
      console.log('stream', ws.bytesWritten, fs.readFileSync(out, 'utf8'));
      done();
    });
  },
  () => {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  },
]);
