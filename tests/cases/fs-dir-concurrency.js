// fs.Dir reads as Node's: entries come in batches of bufferSize; a read that
// needs a new batch is an operation in progress until the tick after its
// callback (sync methods throw ERR_DIR_CONCURRENT_OPERATION, reads and
// close() queue), and read() on a closed Dir throws.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-dir-'));
for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(root, `f${i}`), '');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'inner'), '');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === null ? null : typeof result);
  } catch (err) {
    console.log(label, 'threw', err.code);
  }
}

const names = new Set();
const dir = fs.opendirSync(root, { bufferSize: 2 });
let reads = 0;
function next() {
  dir.read((err, entry) => {
    reads++;
    if (err) throw err;
    attempt(`readSync after read ${reads}`, () => {
      const extra = dir.readSync();
      if (extra) names.add(extra.name);
      return extra;
    });
    if (entry === null) {
      dir.close((closeErr) => {
        console.log('closed', closeErr, [...names].sort().join(','));
        queued();
      });
      return;
    }
    names.add(entry.name);
    next();
  });
}
next();

// Reads issued back to back, then close(): each waits for the one before.
function queued() {
  const d = fs.opendirSync(root, { bufferSize: 1 });
  const order = [];
  d.read((err, e) => order.push(`a:${e && 'entry'}`));
  d.read((err, e) => order.push(`b:${e && 'entry'}`));
  d.close((err) => {
    order.push(`close:${err}`);
    console.log(order.join(' '));
    attempt('read after close', () => d.read(() => {}));
    attempt('promise read after close', () => d.read());
    recursive();
  });
  attempt('closeSync while reading', () => d.closeSync());
}

async function recursive() {
  const seen = [];
  for await (const entry of await fs.promises.opendir(root, { recursive: true, bufferSize: 3 })) {
    seen.push(path.relative(root, path.join(entry.parentPath, entry.name)));
  }
  console.log(seen.sort().join(','));
  fs.rmSync(root, { recursive: true });
}
