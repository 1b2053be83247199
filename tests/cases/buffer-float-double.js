// Float and double reads and writes, both byte orders, special values, bounds.
const values = [0, -0, 1, -1.5, 0.1, 3.4028234663852886e38, 1e39, 5e-324, 1e-46, NaN, Infinity, -Infinity, 'x', '2.5', null];
for (const v of values) {
  const b = Buffer.alloc(8);
  const row = [String(v)];
  row.push(b.writeFloatLE(v), b.toString('hex'), Object.is(b.readFloatLE(), -0) ? '-0' : b.readFloatLE());
  row.push(b.writeFloatBE(v, 4), b.toString('hex').slice(8), b.readFloatBE(4));
  row.push(b.writeDoubleLE(v), b.toString('hex'), Object.is(b.readDoubleLE(), -0) ? '-0' : b.readDoubleLE());
  row.push(b.writeDoubleBE(v, 0), b.toString('hex'), b.readDoubleBE(0));
  console.log(row.join(' '));
}
const nan = Buffer.from('7ff8000000000001', 'hex');
console.log(nan.readDoubleBE(0), Buffer.from('ffc00001', 'hex').readFloatBE(0));
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
show('readFloatLE(5)', () => b.readFloatLE(5));
show('readDoubleBE(1)', () => b.readDoubleBE(1));
show('writeDoubleLE(1, 1)', () => b.writeDoubleLE(1, 1));
show('writeFloatBE(1, -1)', () => b.writeFloatBE(1, -1));
show('writeFloatLE(1, "0")', () => b.writeFloatLE(1, '0'));
show('readDoubleLE(0.5)', () => b.readDoubleLE(0.5));
show('short', () => Buffer.alloc(3).readFloatLE(0));
console.log(Buffer.prototype.readFloatLE.name, Buffer.prototype.writeDoubleBE.name);
