// tty.ReadStream / WriteStream construction: invalid descriptors and
// descriptors that are not terminals (stdin is /dev/null here).
const tty = require('tty');

function show(fn) {
  try {
    const s = fn();
    console.log('created', s.constructor.name, s.isTTY);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.syscall, e.errno);
  }
}

show(() => new tty.WriteStream(-1));
show(() => new tty.WriteStream('x'));
show(() => new tty.WriteStream(1.5));
show(() => new tty.ReadStream(-5));
show(() => new tty.ReadStream(0));
show(() => tty.ReadStream(0));
show(() => new tty.WriteStream(99));
show(() => new tty.ReadStream(98));
