// util.inspect of Buffers (<Buffer ..>, the 50-byte cut-off, extra properties,
// subclasses), INSPECT_MAX_BYTES, toJSON and JSON.stringify.
const util = require('util');
const buffer = require('buffer');
const b = Buffer.from('hello');
console.log(b);
console.log(Buffer.alloc(0));
console.log([Buffer.alloc(51), Buffer.alloc(52)]);
console.log({ nested: { buf: Buffer.from('a') } });
console.log(util.inspect({ x: { y: { z: Buffer.from('a') } } }, { depth: 0 }));
const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = { a: [1, 2] };
console.log(extra);
const empty = Buffer.alloc(0);
empty.x = 'y';
console.log(empty);
const withBuf = Buffer.from('ab');
withBuf.child = Buffer.from('c');
console.log(withBuf);
console.log(util.inspect(Buffer.from('ab'), { showHidden: true }));
class MyBuffer extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('a'), MyBuffer.prototype));
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('hello'), Buffer.from('hel'), Buffer.from('hell'));
for (const bad of [-1, '3', NaN]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
buffer.INSPECT_MAX_BYTES = 50;
console.log(b.toJSON(), JSON.stringify(b), JSON.stringify({ b: Buffer.alloc(0) }));
console.log(b.inspect(), b.inspect === b[util.inspect.custom]);
console.log(util.format('%o|%j', Buffer.from('hi'), Buffer.from('hi')));
console.log(util.inspect(Buffer.from('ab'), { colors: true }));
