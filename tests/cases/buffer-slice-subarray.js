// slice and subarray share memory and clamp like Node (negative offsets from
// the end, NaN as 0); both return Buffers.
const b = Buffer.from('hello');
const ranges = [[undefined, undefined], [1, 3], ['1', '3'], [NaN, NaN], [-1], [-3, -1], [2, -1], [1.7, 3.9],
  [null, null], [3, 1], [1, 100], [100, 2], [{}, {}], [-100, 2], [Infinity], [-Infinity, Infinity], ['a', 'b'], [0, 0]];
for (const [s, e] of ranges) {
  const x = b.slice(s, e);
  const y = b.subarray(s, e);
  console.log(JSON.stringify([s, e]), x.toString(), y.toString(), x.length, x instanceof Buffer, y instanceof Buffer);
}
const view = b.subarray(1, 4);
view[0] = 0x45;
console.log(b.toString(), view.toString(), view.buffer === b.buffer, view.byteOffset - b.byteOffset);
const nested = view.slice(1);
nested[0] = 0x4c;
console.log(b.toString(), nested.toString(), nested.parent === b.buffer, nested.offset - b.byteOffset);
const u8 = Uint8Array.prototype.slice.call(b, 0, 2);
console.log(u8 instanceof Buffer, u8.toString());
const mapped = b.map((x) => x + 1);
console.log(mapped, mapped.constructor.name, mapped instanceof Buffer);
console.log(b.filter((x) => x > 104), b.reverse === Uint8Array.prototype.reverse);
console.log(Buffer[Symbol.species] === Buffer, typeof Buffer[Symbol.species]);
console.log(new Uint8Array(3).subarray(1) instanceof Buffer, Buffer.prototype.subarray === Uint8Array.prototype.subarray);
