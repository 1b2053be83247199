// readline.cursorTo / moveCursor / clearLine / clearScreenDown: the
// sequences written, callbacks, argument errors.
const readline = require('readline');

const written = [];
const stream = {
  write(data, cb) {
    written.push(data);
    if (cb) process.nextTick(cb);
    return true;
  },
};
console.log(readline.cursorTo(stream, 3), readline.cursorTo(stream, 3, 5), readline.cursorTo(stream, 0, 0));
readline.moveCursor(stream, 2, 0);
readline.moveCursor(stream, -2, 0);
readline.moveCursor(stream, 0, 3);
readline.moveCursor(stream, 0, -3);
readline.moveCursor(stream, -1, -1);
readline.moveCursor(stream, 0, 0);
readline.clearLine(stream, -1);
readline.clearLine(stream, 1);
readline.clearLine(stream, 0);
readline.clearScreenDown(stream);
console.log(JSON.stringify(written));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1), readline.clearLine(null, 0),
  readline.clearScreenDown(null), readline.cursorTo(stream, 'a'), readline.cursorTo(stream));
const order = [];
readline.cursorTo(stream, 1, () => order.push('cursorTo cb'));
readline.cursorTo(null, 1, 1, (err) => order.push(`null cb ${err}`));
readline.moveCursor(stream, 1, 1, () => order.push('moveCursor cb'));
readline.clearLine(stream, 0, () => order.push('clearLine cb'));
readline.clearScreenDown(stream, () => order.push('clearScreenDown cb'));
for (const fn of [() => readline.cursorTo(stream, NaN), () => readline.cursorTo(stream, 1, NaN),
  () => readline.cursorTo(stream, 'x', 1), () => readline.cursorTo(stream, 1, 2, 'cb'),
  () => readline.moveCursor(stream, 1, 1, 1), () => readline.clearLine(stream, 0, {}),
  () => readline.clearScreenDown(stream, 'x')]) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setImmediate(() => console.log(order));
