// flags: --expose-gc
// A FileHandle garbage-collected without close(): its descriptor is closed
// during the collection, then Node's warning and (once) DEP0137 are emitted
// on a later loop turn, before immediates. Explicitly closed handles give no
// warning. Also FileHandle.close() edge cases and the gc() global.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-fhgc-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');

console.log('gc', typeof gc, gc.name, gc.length, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'gc')));
console.log('gc() returns', gc());

const fds = new Map();
process.on('warning', (w) => {
  let message = w.message;
  for (const [fd, name] of fds) message = message.replace(`descriptor ${fd} `, `descriptor <${name}> `);
  console.log('warning', w.name, w.code, message);
});

function isOpen(fd) {
  try {
    fs.fstatSync(fd);
    return true;
  } catch (e) {
    return e.code;
  }
}

// Open a handle; it stays referenced (from `kept`) until drop() just before
// gc(), so an earlier automatic collection cannot take it.
let kept = [];
async function leak(name) {
  const h = await fs.promises.open(file, 'r');
  fds.set(h.fd, name);
  kept.push(h);
  return h.fd;
}
function drop() {
  kept = [];
}

async function closeEdges() {
  const h = await fs.promises.open(file, 'r+');
  console.log('own keys', Object.keys(h).filter((k) => !k.startsWith('_')), typeof h.close, h.close.name, h.close.length);
  let closeEvents = 0;
  h.on('close', () => closeEvents++);
  const p = h.close();
  console.log('fd right after close()', h.fd, 'close events', closeEvents, 'same promise', p === h.close());
  console.log('closed', await p, h.fd, await h.close());
  for (const m of ['appendFile', 'chmod', 'datasync', 'sync', 'read', 'readv', 'readFile', 'stat', 'truncate', 'utimes', 'write', 'writev', 'writeFile']) {
    await h[m](Buffer.alloc(1), 1).then(() => console.log(m, 'ok'), (e) => console.log(m, e.code, e.syscall, e.message));
  }
  try {
    h.readableWebStream();
  } catch (e) {
    console.log('readableWebStream', e.code, e.message);
  }

  await h.stat.call({}).catch((e) => console.log('not a FileHandle', e.code, JSON.stringify(e.message)));

  // close() while an operation runs waits for it.
  const h2 = await fs.promises.open(file, 'r+');
  const fd2 = h2.fd;
  h2.on('close', () => console.log('h2 close event'));
  const r = h2.read(Buffer.alloc(2), 0, 2, 0);
  const c = h2.close();
  console.log('fd while the read runs is unchanged', h2.fd === fd2);
  console.log('read', await r, 'close', await c, h2.fd);

  // A descriptor closed behind the handle's back: close() rejects, then is done.
  const h3 = await fs.promises.open(file, 'r+');
  fs.closeSync(h3.fd);
  await h3.close().catch((e) => console.log('close error', e.code, e.syscall, e.message));
  console.log('after failed close', h3.fd);
  await h3.close().then(() => console.log('second close resolves'));
}

(async () => {
  await closeEdges();
  const a = await leak('a');
  // Closed explicitly: never warned about.
  const closed = await fs.promises.open(file, 'r');
  await closed.close();
  setImmediate(() => {
    drop();
    gc();
    console.log('after first gc: descriptor', isOpen(a));
    process.nextTick(() => console.log('tick'));
    setImmediate(() => {
      console.log('immediate');
      leak('b').then((b) => {
        setImmediate(() => {
          drop();
          gc();
          console.log('after second gc: descriptor', isOpen(b));
          setImmediate(() => {
            console.log('immediate 2');
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
})();
