// buf.copy: argument coercion, clamping, overlap within one buffer, errors.
function run(...args) {
  try {
    const s = Buffer.from('abcdef');
    const d = Buffer.alloc(4, '.');
    const n = s.copy(d, ...args);
    return JSON.stringify([n, d.toString()]);
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}
const cases = [[], [1], ['1'], [1.5], [NaN], [-1], [4], [5], [0, 2], [0, 6], [0, 7], [0, -1], [0, '2'],
  [0, 2, 3], [0, 2, 100], [0, 2, 1], [0, 2, -1], [2, 0, 6], [0, 0, 0], [null, null, null],
  [undefined, 1, undefined], [Infinity], [-Infinity], [0, 1.9, 3.9], [2 ** 53], ['x', 'y', 'z'],
  [{}, [], [3]], [true, true], [0, Infinity], [0, 0, Infinity], [0, 0, -Infinity]];
for (const args of cases) console.log(JSON.stringify(args), run(...args));
const s = Buffer.from('abcdef');
s.copy(s, 2, 0, 4);
console.log(s.toString());
const t = Buffer.from('abcdef');
t.copy(t, 0, 2);
console.log(t.toString());
const u = new Uint8Array(3);
console.log(Buffer.from('ab').copy(u, 1), Array.from(u));
for (const bad of [new Uint16Array(2), 'x', null, [1, 2]]) {
  try {
    Buffer.from('ab').copy(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const pool1 = Buffer.from('1234');
const pool2 = Buffer.from('5678');
console.log(pool1.copy(pool2, 1, 1, 3), pool2.toString(), pool1.toString());
console.log(Buffer.prototype.copy.call(new Uint8Array([1, 2]), Buffer.alloc(2)));
