// Buffer.concat: lengths, truncation, zero padding, Uint8Arrays, errors.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const a = Buffer.from('ab');
const u = new Uint8Array([99, 100]);
show('empty', () => Buffer.concat([]));
show('one', () => Buffer.concat([a]));
show('mixed', () => Buffer.concat([a, u, Buffer.alloc(0), a]));
show('longer', () => Buffer.concat([a, u], 6));
show('shorter', () => Buffer.concat([a, u], 3));
show('zero', () => Buffer.concat([a, u], 0));
show('copy not view', () => {
  const c = Buffer.concat([a]);
  c[0] = 0x7a;
  return [a.toString(), c.toString(), c instanceof Buffer];
});
show('not array', () => Buffer.concat('x'));
show('array-like', () => Buffer.concat({ length: 1, 0: a }));
show('number item', () => Buffer.concat([1]));
show('string item', () => Buffer.concat([a, 'x']));
show('Uint16Array item', () => Buffer.concat([new Uint16Array(1)]));
show('length -1', () => Buffer.concat([a], -1));
show('length string', () => Buffer.concat([a], '1'));
show('length fraction', () => Buffer.concat([a], 1.5));
show('bad item after length', () => Buffer.concat([a, 5], 1));
const parts = [];
for (let i = 0; i < 40; i++) parts.push(Buffer.alloc(500, i));
const big = Buffer.concat(parts);
console.log(big.length, big[0], big[499], big[500], big[19999], big instanceof Buffer);
const trunc = Buffer.concat(parts, 10001);
console.log(trunc.length, trunc[10000], Buffer.concat(parts, 20010).subarray(19998).toString('hex'));
