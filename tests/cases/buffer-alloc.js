// Buffer.alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer sizes, fills and errors.
const { SlowBuffer } = require('buffer');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('alloc 0', () => Buffer.alloc(0));
show('alloc 5', () => Buffer.alloc(5));
show('fractional', () => Buffer.alloc(3.9));
show('fill string', () => Buffer.alloc(5, 'ab'));
show('fill base64', () => Buffer.alloc(4, 'YWI=', 'base64'));
show('fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
show('fill number', () => Buffer.alloc(3, 0x101));
show('fill empty string', () => Buffer.alloc(3, ''));
show('fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
show('fill empty buffer', () => Buffer.alloc(3, Buffer.alloc(0)));
show('fill bad encoding', () => Buffer.alloc(3, 'a', 'nope'));
show('fill utf8 split char', () => Buffer.alloc(5, '€'));
for (const size of [-1, '1', NaN, 2 ** 33, null, undefined, 1n, Infinity]) {
  show(`alloc(${String(size)})`, () => Buffer.alloc(size));
  show(`allocUnsafe(${String(size)})`, () => Buffer.allocUnsafe(size));
  show(`allocUnsafeSlow(${String(size)})`, () => Buffer.allocUnsafeSlow(size));
}
show('allocUnsafe length', () => Buffer.allocUnsafe(10).length);
show('allocUnsafeSlow length', () => Buffer.allocUnsafeSlow(10).length);
show('allocUnsafeSlow own memory', () => Buffer.allocUnsafeSlow(10).buffer.byteLength);
show('SlowBuffer', () => SlowBuffer(4).length);
show('SlowBuffer is Buffer', () => Buffer.isBuffer(SlowBuffer(1)));
show('SlowBuffer bad', () => SlowBuffer(-1));
show('big alloc', () => {
  const b = Buffer.alloc(100000, 'xyz');
  return [b.length, b.toString('latin1', 99990), b.every((v, i) => v === 'xyz'.charCodeAt(i % 3))];
});
