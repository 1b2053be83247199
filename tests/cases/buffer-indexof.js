// indexOf / lastIndexOf / includes with strings, numbers and buffers, and how
// byteOffset is coerced and clamped.
const h = Buffer.from('hello world hello');
const offsets = [undefined, null, 0, 1, -1, -5, 100, -100, NaN, {}, [], 1.5, Infinity, -Infinity, true, 2 ** 40, -(2 ** 40)];
for (const off of offsets) {
  console.log(String(off), h.indexOf('hello', off), h.lastIndexOf('hello', off), h.indexOf('', off),
    h.lastIndexOf('', off), h.includes('o', off), h.indexOf(0x6f, off), h.lastIndexOf(Buffer.from('o w'), off));
}
console.log(h.indexOf(111), h.indexOf(111 + 256), h.indexOf(-145), h.indexOf(111.7), h.indexOf(Buffer.alloc(0)),
  h.lastIndexOf(Buffer.alloc(0)), h.indexOf(new Uint8Array([0x6f, 0x20])), h.indexOf('xyz'), h.includes('world'));
const e = Buffer.alloc(0);
console.log(e.indexOf(''), e.indexOf('', 1), e.lastIndexOf(''), e.indexOf(0), e.includes(''));
console.log(Buffer.from('aaaa').lastIndexOf('aa'), Buffer.from('aaaa').indexOf('aa', 3), Buffer.from('abcabc').lastIndexOf('abc', 2));
console.log(Buffer.from('€ and €').indexOf('€', 1), Buffer.from('€ and €').lastIndexOf('€'));
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
show('object', () => h.indexOf({}));
show('null', () => h.indexOf(null));
show('object before encoding', () => h.indexOf({}, 0, 'nope'));
show('unknown encoding', () => h.indexOf('a', 0, 'nope'));
show('null encoding', () => h.indexOf('a', 0, null));
show('empty encoding', () => h.indexOf('a', 0, ''));
show('number ignores encoding', () => h.indexOf(104, 0, 'nope'));
show('string offset is encoding', () => h.indexOf('l', 'latin1'));
show('string offset unknown', () => h.indexOf('l', '1'));
const big = Buffer.alloc(100000, 'ab');
big.write('needle', 99000);
console.log(big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 99001), big.lastIndexOf('ab', 5), big.indexOf('ba', 50001));
