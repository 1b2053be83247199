// fs callbacks run in the poll phase: setImmediate before setTimeout; callback arguments.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), `coil-fs-order-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'f.txt');
fs.writeFile(file, 'data', function () {
  console.log('writeFile args', arguments.length, arguments[0]);
  setTimeout(() => {
    console.log('timeout');
    fs.stat(file, afterStat);
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
});
function afterStat(err, st) {
  {
    console.log('stat args', arguments.length, err, st.size, st.isFile());
    fs.unlink(file, function () {
      console.log('unlink args', arguments.length, arguments[0]);
      fs.mkdir(path.join(dir, 'x'), function () {
        console.log('mkdir args', arguments.length);
        fs.mkdir(path.join(dir, 'y', 'z'), { recursive: true }, (err, first) => {
          console.log('mkdir recursive', err, path.basename(first));
          fs.readdir(dir, (err, names) => {
            console.log('readdir', err, names);
            fs.rm(dir, { recursive: true }, function () {
              console.log('rm args', arguments.length, fs.existsSync(dir));
            });
          });
        });
      });
    });
  }
}
console.log('sync end');
