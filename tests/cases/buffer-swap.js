// swap16/32/64 reverse byte groups in place and reject sizes that do not divide.
const src = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
for (const name of ['swap16', 'swap32', 'swap64']) {
  const b = Buffer.from(src);
  console.log(name, b[name]() === b, b.toString('hex'), b.subarray(0, 8)[name]().toString('hex'), b.toString('hex'));
  for (const size of [0, 3, 6, 12]) {
    try {
      console.log(size, Buffer.alloc(size)[name]().length);
    } catch (e) {
      console.log(size, e.name, e.code, e.message);
    }
  }
}
const big = Buffer.alloc(1024);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
big.swap16();
console.log(big[0], big[1], big[1022], big[1023]);
big.swap64();
console.log(big.subarray(0, 8).toString('hex'));
const view = Buffer.from('0102030405', 'hex').subarray(1);
console.log(view.swap32().toString('hex'));
