'use strict';
// node:fs benchmarks: readFile and writeFile of 64 MiB, 10 000 stat calls
// (callback and promise), a 256 MiB createReadStream piped to a
// createWriteStream, readdir of 10 000 entries, readFileSync of 1 000 small
// files. Runs under node and coil alike; prints one JSON line per
// measurement: {"name": ..., "ms": ...}. Files live in a directory under
// os.tmpdir() that is removed at the end.
//
// Usage: node benches/fs.js [--only substring]

const fs = require('fs');
const path = require('path');
const os = require('os');

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? null : args[onlyAt + 1];
const MiB = 1024 * 1024;
const dir = path.join(os.tmpdir(), `coil-bench-fs-${process.pid}`);

function report(name, start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ name, ms: Math.round(ms * 100) / 100 }));
}

const benches = [];
function bench(name, fn) {
  benches.push({ name, fn });
}

bench('writeFile 64 MiB', (done) => {
  const data = Buffer.alloc(64 * MiB, 97);
  const start = process.hrtime.bigint();
  fs.writeFile(path.join(dir, 'big'), data, (err) => {
    if (err) throw err;
    report('writeFile 64 MiB', start);
    done();
  });
});

bench('readFile 64 MiB', (done) => {
  const file = path.join(dir, 'big');
  if (!fs.existsSync(file)) fs.writeFileSync(file, Buffer.alloc(64 * MiB, 97));
  const start = process.hrtime.bigint();
  fs.readFile(file, (err, data) => {
    if (err) throw err;
    if (data.length !== 64 * MiB) throw new Error('short read');
    report('readFile 64 MiB', start);
    done();
  });
});

bench('stat x10000 callback', (done) => {
  const file = path.join(dir, 'statme');
  fs.writeFileSync(file, 'x');
  const start = process.hrtime.bigint();
  let left = 10000;
  let inFlight = 0;
  const launch = () => {
    while (inFlight < 64 && left > 0) {
      left--;
      inFlight++;
      fs.stat(file, (err) => {
        if (err) throw err;
        inFlight--;
        if (left === 0 && inFlight === 0) {
          report('stat x10000 callback', start);
          done();
        } else {
          launch();
        }
      });
    }
  };
  launch();
});

bench('stat x10000 promise', (done) => {
  const file = path.join(dir, 'statme');
  fs.writeFileSync(file, 'x');
  const start = process.hrtime.bigint();
  (async () => {
    for (let i = 0; i < 10000; i += 64) {
      const batch = [];
      for (let j = i; j < Math.min(i + 64, 10000); j++) batch.push(fs.promises.stat(file));
      await Promise.all(batch);
    }
    report('stat x10000 promise', start);
    done();
  })();
});

bench('stream pipe 256 MiB', (done) => {
  const src = path.join(dir, 'src256');
  const fd = fs.openSync(src, 'w');
  const chunk = Buffer.alloc(8 * MiB, 98);
  for (let i = 0; i < 32; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  const start = process.hrtime.bigint();
  fs.createReadStream(src)
    .pipe(fs.createWriteStream(path.join(dir, 'dst256')))
    .on('finish', () => {
      report('stream pipe 256 MiB', start);
      fs.unlinkSync(src);
      fs.unlinkSync(path.join(dir, 'dst256'));
      done();
    });
});

bench('readdir 10000 entries', (done) => {
  const sub = path.join(dir, 'many');
  fs.mkdirSync(sub);
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(sub, `f${i}`), '');
  const start = process.hrtime.bigint();
  fs.readdir(sub, (err, names) => {
    if (err) throw err;
    if (names.length !== 10000) throw new Error('bad count');
    report('readdir 10000 entries', start);
    done();
  });
});

bench('readFileSync 1000 small files', (done) => {
  const sub = path.join(dir, 'small');
  fs.mkdirSync(sub);
  const files = [];
  for (let i = 0; i < 1000; i++) {
    const f = path.join(sub, `s${i}.txt`);
    fs.writeFileSync(f, `small file number ${i}\n`);
    files.push(f);
  }
  const start = process.hrtime.bigint();
  let total = 0;
  for (const f of files) total += fs.readFileSync(f).length;
  if (total === 0) throw new Error('empty');
  report('readFileSync 1000 small files', start);
  done();
});

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const selected = benches.filter((b) => only === null || b.name.includes(only));
let i = 0;
function next() {
  if (i >= selected.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  const b = selected[i++];
  b.fn(() => setImmediate(next));
}
next();
