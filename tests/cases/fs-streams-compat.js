// fs streams as Node's: the stream's fs methods are looked up when used (a
// patched fs.write is honoured), a subclass's own open() (graceful-fs, old
// Node) still drives _construct, options.fs is validated, FileHandle streams
// go through the handle's methods, inherited options count; plus read/write
// argument forms, truncate on an fd (DEP0081), mkdtemp's X warning and
// readFile of a file over 2 GiB.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-fsstreams-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.code, e.name, e.message);
  }
}

// Argument forms of read/readSync/write/writeSync.
const fd = fs.openSync(file, 'r+');
const b = Buffer.alloc(4);
show('readSync options', () => [fs.readSync(fd, b, { position: 2 }), b.toString()]);
show('readSync no options', () => [fs.readSync(fd, b), b.toString()]);
show('readSync null options', () => [fs.readSync(fd, b, null), b.toString()]);
show('readSync bad offset', () => fs.readSync(fd, b, { offset: -1 }));
show('readSync length too long', () => fs.readSync(fd, b, 0, 5, 0));
show('readSync position 1.5', () => fs.readSync(fd, b, 0, 1, 1.5));
show('readSync position string', () => fs.readSync(fd, b, 0, 1, '1'));
show('readSync position big bigint', () => fs.readSync(fd, b, 0, 1, 2n ** 63n));
show('readSync not a buffer', () => fs.readSync(fd, { buffer: null }));
show('read without callback', () => fs.read(fd, Buffer.alloc(1), 0, 1, 0));
show('writeSync string at 0', () => fs.writeSync(fd, 'AB', 0));
show('writeSync hex', () => fs.writeSync(fd, '4344', 2, 'hex'));
show('writeSync odd hex', () => fs.writeSync(fd, '434', 2, 'hex'));
show('writeSync offset false', () => fs.writeSync(fd, b, { offset: false }));
show('writeSync offset -1', () => fs.writeSync(fd, Buffer.alloc(0), -1));
show('writeSync object', () => fs.writeSync(fd, { toString() { return 'x'; } }));
show('content', () => fs.readFileSync(file, 'latin1'));
show('truncate null', () => fs.truncateSync(file, null));
show('truncateSync fd', () => fs.truncateSync(fd, 26));
fs.closeSync(fd);

show('options.fs.open null', () => fs.createReadStream(file, { fs: { ...fs, open: null } }));
show('options.fs.write and writev null', () => fs.createWriteStream(file, { fs: { ...fs, write: null, writev: null } }));
show('options.fs.writev string', () => fs.createWriteStream(file, { fs: { ...fs, writev: 'x' } }));
show('options 123', () => fs.createWriteStream(file, 123));
show('fd string', () => fs.createReadStream(null, { fd: '3' }));
show('inherited start/end', () => {
  const s = fs.createReadStream(file, { __proto__: { start: 1, end: 2 } });
  const r = [s.start, s.end];
  s.destroy();
  return r;
});
show('new createReadStream', () => {
  const s = new fs.createReadStream(file, { end: 1 });
  s.destroy();
  return s instanceof fs.ReadStream;
});

function step(list) {
  const next = list.shift();
  if (next) next(() => step(list));
}

step([
  (done) => fs.read(fs.openSync(file, 'r'), (err, n, buf) => {
    console.log('read(fd, cb)', err, n, buf.length, buf.toString('latin1', 0, n));
    done();
  }),
  (done) => fs.read(fs.openSync(file, 'r'), { buffer: Buffer.alloc(3), position: 4 }, (err, n, buf) => {
    console.log('read(fd, options, cb)', err, n, buf.toString());
    done();
  }),
  (done) => {
    // A patched fs.write is used by a stream created before the patch.
    const out = path.join(dir, 'patched.txt');
    const ws = fs.createWriteStream(out);
    const original = fs.write;
    let calls = 0;
    fs.write = function (...args) {
      calls++;
      return original.apply(this, args);
    };
    ws.end('patched write', () => {
      fs.write = original;
      console.log('patched fs.write calls', calls, fs.readFileSync(out, 'utf8'));
      done();
    });
  },
  (done) => {
    // graceful-fs style: a subclass with its own open().
    function MyStream(...args) {
      fs.ReadStream.call(this, ...args);
    }
    Object.setPrototypeOf(MyStream.prototype, fs.ReadStream.prototype);
    Object.setPrototypeOf(MyStream, fs.ReadStream);
    let opens = 0;
    MyStream.prototype.open = function () {
      opens++;
      fs.open(this.path, this.flags, this.mode, (err, fd) => {
        if (err) {
          this.destroy();
          this.emit('error', err);
          return;
        }
        this.fd = fd;
        this.emit('open', fd);
        this.emit('ready');
      });
    };
    const chunks = [];
    new MyStream(file, { start: 20 })
      .on('open', () => console.log('subclass open event'))
      .on('ready', () => console.log('subclass ready event'))
      .on('data', (c) => chunks.push(c))
      .on('close', () => {
        console.log('subclass stream', opens, Buffer.concat(chunks).toString());
        done();
      });
  },
  (done) => {
    function Failing(...args) {
      fs.ReadStream.call(this, ...args);
    }
    Object.setPrototypeOf(Failing.prototype, fs.ReadStream.prototype);
    Object.setPrototypeOf(Failing, fs.ReadStream);
    Failing.prototype.open = function () {
      fs.open(this.path, this.flags, this.mode, (err) => this.emit('error', err));
    };
    const r = new Failing(path.join(dir, 'missing'), { emitClose: true });
    r.on('error', (err) => {
      console.log('subclass open error', err.code, r.destroyed);
      r.on('close', () => {
        console.log('subclass closed');
        done();
      });
    });
  },
  (done) => {
    // The deprecated no-op open().
    const s = fs.createReadStream(path.join(dir, 'missing')).on('error', () => {});
    s.open();
    setImmediate(done);
  },
  (done) => {
    fs.promises.open(file, 'r').then((handle) => {
      let reads = 0;
      const read = handle.read;
      handle.read = function (...args) {
        reads++;
        return read.apply(this, args);
      };
      try {
        fs.createReadStream(null, { fd: handle, fs });
      } catch (e) {
        console.log('FileHandle with fs', e.code, e.message);
      }
      const chunks = [];
      const s = fs.createReadStream(null, { fd: handle, highWaterMark: 10 });
      handle.on('close', () => console.log('handle closed'));
      s.on('data', (c) => chunks.push(c));
      s.on('close', () => {
        console.log('FileHandle stream', reads > 0, Buffer.concat(chunks).toString(), handle.fd);
        done();
      });
    });
  },
  (done) => {
    fs.promises.open(path.join(dir, 'fh-out.txt'), 'w').then((handle) => {
      let writes = 0;
      const write = handle.write;
      handle.write = function (...args) {
        writes++;
        return write.apply(this, args);
      };
      const ws = fs.createWriteStream(null, { fd: handle });
      ws.end('through the handle', () => {
        ws.on('close', () => {
          console.log('FileHandle write stream', writes > 0, fs.readFileSync(path.join(dir, 'fh-out.txt'), 'utf8'));
          done();
        });
      });
    });
  },
  (done) => {
    const fd = fs.openSync(file, 'r+');
    fs.truncate(fd, 5, (err) => {
      console.log('truncate(fd)', err, fs.readFileSync(file, 'utf8'));
      fs.closeSync(fd);
      done();
    });
  },
  (done) => {
    const a = fs.mkdtempSync(path.join(dir, 'tmpX'));
    fs.mkdtemp(path.join(dir, 'againX'), (err, b) => {
      console.log('mkdtemp X', err, path.basename(a).length, path.basename(b).length);
      done();
    });
  },
  (done) => {
    // A sparse file over 2 GiB: refused before reading.
    const big = path.join(dir, 'big');
    fs.writeFileSync(big, '0');
    fs.truncateSync(big, 2 ** 31);
    show('readFileSync too large', () => fs.readFileSync(big));
    fs.readFile(big, (err) => {
      console.log('readFile too large', err.code, err.name, err.message);
      fs.unlinkSync(big);
      done();
    });
  },
  () => {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  },
]);
