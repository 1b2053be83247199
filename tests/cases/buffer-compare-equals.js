// Buffer.compare, buf.compare with ranges, buf.equals, and their errors.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const pairs = [['a', 'b'], ['b', 'a'], ['a', 'a'], ['', 'a'], ['ab', 'a'], ['abc', 'abd'], ['\u00ff', 'a']];
for (const [x, y] of pairs) {
  console.log(x, y, Buffer.compare(Buffer.from(x), Buffer.from(y)), Buffer.from(x).compare(Buffer.from(y)),
    Buffer.from(x).equals(Buffer.from(y)));
}
const list = [Buffer.from('c'), Buffer.from('a'), Buffer.from('bb'), Buffer.from('b'), Buffer.alloc(0)];
console.log(list.sort(Buffer.compare).map((b) => b.toString()).join(','));
const c = Buffer.from('abcdef');
const args = [[Buffer.from('abc')], [Buffer.from('abc'), 0, 3, 0, 3], [Buffer.from('abc'), 0, 3, 0, 2],
  [Buffer.from('bcd'), 0, 3, 1, 4], [Buffer.from('x'), 5], [Buffer.from('x'), 0, 1, 3, 2], [Buffer.from('x'), 2, 1],
  [Buffer.from('x'), undefined, undefined, undefined, undefined], [Buffer.from('def'), 0, 3, 3], [Buffer.from('xdefx'), 1, 4, 3]];
for (const a of args) show(`compare ${a.slice(1).join(',')}`, () => c.compare(...a));
for (const a of [[Buffer.from('x'), -1], [Buffer.from('x'), 0, 2], [Buffer.from('x'), 0, 1, -1],
  [Buffer.from('x'), 0, 1, 0, 7], [Buffer.from('x'), '1'], [Buffer.from('x'), null], [Buffer.from('x'), 1.5],
  [Buffer.from('x'), NaN], [1], ['abc']]) {
  show(`compare error ${a.slice(1).join(',')}`, () => c.compare(...a));
}
show('compare Uint8Array', () => c.compare(new Uint8Array([97])));
show('static bad 1', () => Buffer.compare(1, c));
show('static bad 2', () => Buffer.compare(c, 'a'));
show('static Uint8Array', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([1, 0])));
show('equals self', () => c.equals(c));
show('equals Uint8Array', () => c.equals(new Uint8Array([97, 98, 99, 100, 101, 102])));
show('equals Uint16Array', () => c.equals(new Uint16Array(3)));
show('equals DataView', () => c.equals(new DataView(new ArrayBuffer(1))));
show('equals string', () => c.equals('abcdef'));
show('equals empty', () => Buffer.alloc(0).equals(new Uint8Array(0)));
