// Async writes go straight from the JS buffer's memory: views at offsets of a
// shared ArrayBuffer (pooled Buffers), typed arrays of wider elements,
// DataViews, resizable buffers, many writes in flight, and the buffer stays
// usable (and unchanged) after the write.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-wviews-'));
const file = (n) => path.join(dir, n);

function step(list) {
  const next = list.shift();
  if (next) next(() => step(list));
}

const pooled = Buffer.from('pooled small buffer');
const ab = new ArrayBuffer(16);
new Uint8Array(ab).set(Buffer.from('0123456789abcdef'));

step([
  (done) => fs.writeFile(file('a'), pooled, (err) => {
    console.log('pooled', err, fs.readFileSync(file('a'), 'utf8'), pooled.toString());
    done();
  }),
  (done) => fs.writeFile(file('b'), new Uint16Array([0x4241, 0x4443]), (err) => {
    console.log('uint16', err, fs.readFileSync(file('b'), 'latin1'));
    done();
  }),
  (done) => fs.writeFile(file('c'), new DataView(ab, 4, 6), (err) => {
    console.log('dataview', err, fs.readFileSync(file('c'), 'latin1'));
    done();
  }),
  (done) => {
    const fd = fs.openSync(file('d'), 'w+');
    fs.write(fd, new Uint8Array(ab, 2, 10), 3, 4, 0, (err, n, buf) => {
      console.log('write offset/length', err, n, buf.byteOffset, buf.byteLength, fs.readFileSync(file('d'), 'latin1'));
      fs.write(fd, Buffer.from('XY'), 0, 2, null, (err, n) => {
        console.log('write at current position', err, n, fs.readFileSync(file('d'), 'latin1'));
        fs.closeSync(fd);
        done();
      });
    });
  },
  (done) => {
    const rab = new ArrayBuffer(4, { maxByteLength: 64 });
    new Uint8Array(rab).set([65, 66, 67, 68]);
    fs.writeFile(file('e'), new Uint8Array(rab), (err) => {
      console.log('resizable', err, fs.readFileSync(file('e'), 'latin1'));
      rab.resize(8);
      console.log('resized after', rab.byteLength);
      done();
    });
  },
  (done) => {
    // Many writes of one big buffer at once, at different positions.
    const big = Buffer.alloc(1 << 20);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const fd = fs.openSync(file('f'), 'w+');
    let left = 8;
    for (let k = 0; k < 8; k++) {
      const part = big.subarray(k * 131072, (k + 1) * 131072);
      fs.write(fd, part, 0, part.length, k * 131072, (err, n) => {
        if (err || n !== 131072) console.log('bad write', err, n);
        if (--left === 0) {
          fs.closeSync(fd);
          console.log('parallel writes', fs.readFileSync(file('f')).equals(big));
          done();
        }
      });
    }
  },
  (done) => {
    const data = Buffer.alloc(3 << 20, 'xyz');
    fs.promises.writeFile(file('g'), data).then(() => {
      console.log('promise writeFile', fs.statSync(file('g')).size, fs.readFileSync(file('g')).equals(data));
      return fs.promises.appendFile(file('g'), new Uint8Array([10, 11]));
    }).then(() => {
      console.log('appendFile', fs.statSync(file('g')).size);
      done();
    });
  },
  (done) => {
    const ws = fs.createWriteStream(file('h'));
    for (let i = 0; i < 100; i++) ws.write(Buffer.from(`line ${i}\n`));
    ws.end(() => {
      const text = fs.readFileSync(file('h'), 'utf8');
      console.log('stream', text.split('\n').length, text.slice(0, 14));
      done();
    });
  },
  () => {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  },
]);
