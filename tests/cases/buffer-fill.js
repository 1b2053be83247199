// buf.fill: values of every type, offsets, encodings, and errors.
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, r.toString('hex'));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const B = (n) => Buffer.alloc(n);
const cases = [
  ['abc hex', () => B(4).fill('abc', 'hex')], ['empty string', () => B(4).fill('')],
  ['euro', () => B(5).fill('€')], ['offset', () => B(5).fill('ab', 1)], ['range', () => B(5).fill('ab', 1, 3)],
  ['latin1', () => B(5).fill('ab', 'latin1')], ['offset+enc', () => B(5).fill('ab', 1, 'latin1')],
  ['0x1ff', () => B(5).fill(0x1ff)], ['-1', () => B(5).fill(-1)], ['1.9', () => B(5).fill(1.9)],
  ['true', () => B(5).fill(true)], ['null', () => B(5).fill(null)], ['undefined', () => B(5).fill(undefined)],
  ['object', () => B(5).fill({})], ['buffer', () => B(5).fill(Buffer.from([1, 2]))],
  ['empty buffer', () => B(5).fill(Buffer.alloc(0))], ['Uint16Array', () => B(5).fill(new Uint16Array([0x102]))],
  ['DataView', () => B(5).fill(new DataView(new Uint8Array([7, 8]).buffer))],
  ['bad enc', () => B(5).fill('a', 1, 2, 'nope')], ['enc type', () => B(5).fill('a', 1, 2, 5)],
  ['string offset', () => B(5).fill('a', '1')], ['start > end', () => B(5).fill('a', 3, 1)],
  ['fraction', () => B(5).fill('a', 1.5)], ['end -1', () => B(5).fill(7, 0, -1)],
  ['offset -1', () => B(5).fill(1, -1)], ['end 6', () => B(5).fill(1, 0, 6)],
  ['ucs2', () => B(5).fill('ab', 0, 5, 'ucs2')], ['ucs2 one', () => B(5).fill('a', 0, 5, 'ucs2')],
  ['base64', () => B(5).fill('YQ', 'base64')], ['ascii', () => B(5).fill('hello', 'ascii')],
  ['utf-8', () => B(5).fill('hello', 'utf-8')], ['undefined range', () => B(5).fill('x', undefined, undefined, 'latin1')],
  ['end null', () => B(5).fill('x', 0, null)], ['number ignores enc', () => B(5).fill(5, 0, 2, 'hex')],
  ['ascii high', () => B(5).fill('aé', 'ascii')], ['bad hex', () => B(3).fill('zz', 'hex')],
  ['odd hex', () => B(3).fill('a', 'hex')], ['surrogate', () => B(7).fill('\ud800')],
];
for (const [label, fn] of cases) show(label, fn);
const b = Buffer.alloc(4);
console.log(b.fill(1) === b);
const big = Buffer.alloc(70000).fill('xyz', 5);
console.log(big.toString('latin1', 0, 12), big.toString('latin1', 69990), big.lastIndexOf('xyzx'));
