// fs.watch over inotify: Node's error for a missing path, rename/change events, close, and fsPromises.watch with an AbortSignal.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), `coil-watch-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
try { fs.watch(path.join(dir, 'missing')); } catch (e) {
  console.log(e.code, e.errno, e.syscall, e.message.replace(dir, 'DIR'), path.basename(e.filename));
}
const events = [];
const w = fs.watch(dir, (type, name) => events.push(`${type} ${name}`));
setTimeout(() => fs.writeFileSync(path.join(dir, 'a.txt'), 'x'), 30);
setTimeout(() => fs.unlinkSync(path.join(dir, 'a.txt')), 80);
setTimeout(() => w.close(), 150);
w.on('close', async () => {
  console.log([...new Set(events)].join(' | '));
  const ac = new AbortController();
  const it = fs.promises.watch(dir, { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(path.join(dir, 'b.txt'), 'y'), 30);
  for await (const { eventType, filename } of it) {
    console.log('async', eventType, filename);
    ac.abort();
  }
}).on('close', () => {});
process.on('unhandledRejection', () => {});
process.on('exit', () => { fs.rmSync(dir, { recursive: true, force: true }); });
