// rm/rmdir: maxRetries with a linear retryDelay back-off (entries of
// /proc/self/fd cannot be unlinked: EPERM, an error Node retries on), timers
// keep running while the async form waits; option validation; rmdir's
// recursive forms (DEP0147) and their errors.
const fs = require('fs');
const path = require('path');
const os = require('os');

let dir = '';
// Paths without the temporary directory's random name; which /proc/self/fd
// entry fails first depends on the order Node's parallel removal finishes.
const clean = (s) => (dir ? String(s).split(dir).join('DIR') : String(s)).replace(/\/proc\/self\/fd\/\d+/g, '/proc/self/fd/N');
const fields = (e) => e && clean([e.code, e.errno, e.syscall, e.path, e.message, e.name].join(' | '));
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', fields(e));
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

const procFd = '/proc/self/fd';
const canTest = fs.existsSync(procFd);

// Sync: the thread sleeps retryDelay, then 2 × retryDelay, ... between attempts.
if (canTest) {
  let t = Date.now();
  show('rmSync retries', () => fs.rmSync(procFd, { recursive: true, maxRetries: 2, retryDelay: 40 }));
  console.log('sync waited at least 120ms', Date.now() - t >= 115);
  t = Date.now();
  show('rmSync no retries', () => fs.rmSync(procFd, { recursive: true }));
  console.log('sync without retries is quick', Date.now() - t < 100);
  t = Date.now();
  show('rmSync file retries', () => fs.rmSync(`${procFd}/0`, { maxRetries: 1, retryDelay: 60 }));
  console.log('file waited at least 60ms', Date.now() - t >= 55);
}

dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-rm-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '');
fs.mkdirSync(path.join(dir, 'd', 'e'), { recursive: true });
fs.writeFileSync(path.join(dir, 'd', 'e', 'x'), 'x');

show('rm maxRetries -1', () => fs.rmSync(file, { maxRetries: -1 }));
show('rm maxRetries 2**32', () => fs.rmSync(file, { maxRetries: 2 ** 32 }));
show('rm maxRetries 1.5', () => fs.rmSync(file, { maxRetries: 1.5 }));
show('rm maxRetries string', () => fs.rmSync(file, { maxRetries: 'x' }));
show('rm retryDelay -1', () => fs.rmSync(file, { retryDelay: -1 }));
show('rm retryDelay 2**31', () => fs.rmSync(file, { retryDelay: 2 ** 31 }));
show('rm force 1', () => fs.rmSync(file, { force: 1 }));
show('rm dir', () => fs.rmSync(path.join(dir, 'd')));
show('rm missing', () => fs.rmSync(path.join(dir, 'none')));
show('rm missing force', () => fs.rmSync(path.join(dir, 'none'), { force: true }));
show('rmdir retryDelay string', () => fs.rmdirSync(path.join(dir, 'none'), { retryDelay: 'x' }));
show('rmdir maxRetries -1', () => fs.rmdirSync(path.join(dir, 'none'), { maxRetries: -1 }));
show('rmdir recursive 1', () => fs.rmdirSync(path.join(dir, 'none'), { recursive: 1 }));
show('rmdirSync recursive file', () => fs.rmdirSync(file, { recursive: true }));
show('rmdirSync recursive missing', () => fs.rmdirSync(path.join(dir, 'none'), { recursive: true }));

function step(list) {
  const next = list.shift();
  if (next) next(() => step(list));
}

step([
  (done) => {
    if (!canTest) return done();
    // The async form waits on timers: other timers run meanwhile.
    const t = Date.now();
    let ticks = 0;
    const iv = setInterval(() => ticks++, 5);
    fs.rm(procFd, { recursive: true, maxRetries: 3, retryDelay: 30 }, (err) => {
      clearInterval(iv);
      console.log('rm retries', fields(err));
      console.log('async waited at least 180ms', Date.now() - t >= 175, 'timers ran', ticks > 5);
      done();
    });
  },
  (done) => {
    if (!canTest) return done();
    const t = Date.now();
    fs.promises.rm(procFd, { recursive: true, maxRetries: 1, retryDelay: 50 }).catch((err) => {
      console.log('promises.rm retries', fields(err), Date.now() - t >= 45);
      done();
    });
  },
  (done) => fs.rmdir(file, { recursive: true }, (err) => {
    console.log('rmdir recursive file', fields(err));
    done();
  }),
  (done) => fs.rmdir(path.join(dir, 'none'), { recursive: true }, (err) => {
    console.log('rmdir recursive missing', fields(err));
    done();
  }),
  (done) => fs.promises.rmdir(path.join(dir, 'none'), { recursive: true }).catch((err) => {
    console.log('promises.rmdir recursive missing', fields(err));
    done();
  }),
  (done) => fs.promises.rmdir(file, { recursive: true }).catch((err) => {
    console.log('promises.rmdir recursive file', fields(err));
    done();
  }),
  (done) => fs.rmdir(path.join(dir, 'd'), { recursive: true, maxRetries: 2 }, (err) => {
    console.log('rmdir recursive dir', err, fs.existsSync(path.join(dir, 'd')));
    done();
  }),
  (done) => fs.rm(path.join(dir, 'none'), { maxRetries: 2, retryDelay: 10 }, (err) => {
    console.log('rm missing', fields(err));
    done();
  }),
  (done) => fs.rm(dir, { recursive: true, maxRetries: 2, retryDelay: 10 }, (err) => {
    console.log('rm tree', err, fs.existsSync(dir));
    done();
  }),
]);
