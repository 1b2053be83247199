// compare: stdout exit stderr
// The global console reads process.stdout / process.stderr at its first use
// of each and keeps that stream: replacing process.stdout afterwards does not
// redirect console.log, while a process.stderr replaced before the first
// console.error does receive it.
'use strict';
const { Writable } = require('stream');

function fakeStream() {
  const stream = new Writable({
    write(chunk, encoding, callback) {
      stream.chunks.push(String(chunk));
      callback();
    },
  });
  stream.chunks = [];
  return stream;
}

function replace(name, value) {
  const original = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { value, configurable: true, writable: true });
  return () => Object.defineProperty(process, name, original);
}

console.log('first use of stdout');
const fakeOut = fakeStream();
let restore = replace('stdout', fakeOut);
console.log('still to the real stdout', { n: 1 });
restore();

const fakeErr = fakeStream();
restore = replace('stderr', fakeErr);
console.error('first use of stderr: to the replacement');
console.warn('again', 2);
restore();
console.error('the replacement is kept');

console.log(fakeOut.chunks, fakeErr.chunks);
console.log(console._stdout === process.stdout, console._stderr === fakeErr);
