// buf.toString(encoding, start, end): every encoding, argument coercion and
// clamping, and the unknown-encoding error (checked only for a non-empty range).
const b = Buffer.from('héllo wörld €');
for (const enc of [undefined, 'utf8', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UCS-2']) {
  console.log(String(enc), JSON.stringify(b.toString(enc)));
}
const h = Buffer.from('hello');
const ranges = [[undefined, undefined], [1, 3], ['1', '3'], [NaN, NaN], [-1, 2], [2, -1], [1.7, 3.9],
  [null, null], [3, 1], [1, 100], [100, 2], [{}, {}], [[2], [4]], [true, 4], [undefined, 4], [2],
  [-Infinity, Infinity], [Infinity]];
for (const [s, e] of ranges) {
  console.log(JSON.stringify([s, e]), JSON.stringify(h.toString('utf8', s, e)), JSON.stringify(h.toString('hex', s, e)));
}
for (const enc of [null, '', 0, 'nope', false]) {
  try {
    h.toString(enc);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(JSON.stringify(Buffer.alloc(0).toString('nope')), JSON.stringify(h.toString('nope', 5)), JSON.stringify(h.toString('nope', 3, 2)));
console.log(String(h), `${h}`, h + '', h.toLocaleString(), h.toLocaleString('hex'));
console.log(Buffer.prototype.toLocaleString === Buffer.prototype.toString);
// The per-encoding slice methods.
const slices = ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice'];
for (const name of slices) {
  const out = [];
  for (const args of [[], [1], [1, 3], [3, 1], ['1', '2'], [1.5, 3.5], [5, 5]]) out.push(JSON.stringify(h[name](...args)));
  for (const args of [[-1], [0, 10], [6]]) {
    try {
      h[name](...args);
    } catch (e) {
      out.push(`${e.name}:${e.code}:${e.message}`);
    }
  }
  console.log(name, out.join(' '));
}
