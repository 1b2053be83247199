// tty.isatty on pipes and /dev/null, invalid descriptors; the shape of the
// module and of the stream prototypes.
const tty = require('tty');

console.log(Object.keys(tty));
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2));
console.log(tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(99), tty.isatty(2 ** 31),
  tty.isatty(), tty.isatty(null), tty.isatty(NaN));
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype));
console.log(Object.getOwnPropertyNames(tty.ReadStream.prototype));
console.log(tty.WriteStream.prototype.isTTY, typeof tty.ReadStream, typeof tty.WriteStream);
console.log(require('stream').Writable.prototype.isPrototypeOf(tty.WriteStream.prototype),
  require('stream').Readable.prototype.isPrototypeOf(tty.ReadStream.prototype));
