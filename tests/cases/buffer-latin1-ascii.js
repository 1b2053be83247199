// latin1/binary and ascii: writing keeps the low byte of each UTF-16 unit,
// ascii decoding clears the top bit.
const s = 'aé€\ud800xÿĀ\u0000';
console.log(Buffer.from(s, 'latin1'), Buffer.from(s, 'binary'), Buffer.from(s, 'ascii'));
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xe9, 0xff]);
console.log(JSON.stringify(bytes.toString('latin1')), JSON.stringify(bytes.toString('binary')));
console.log(JSON.stringify(bytes.toString('ascii')));
console.log(JSON.stringify(bytes.asciiSlice(3)), JSON.stringify(bytes.latin1Slice(3)));
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const latin = all.toString('latin1');
console.log(latin.length, Buffer.from(latin, 'latin1').equals(all));
const ascii = all.toString('ascii');
let sum = 0;
for (let i = 0; i < ascii.length; i++) sum += ascii.charCodeAt(i);
console.log(ascii.length, sum);
const t = Buffer.alloc(4, 0x2e);
console.log(t.write('héllo', 1, 'ascii'), t.toString('latin1'));
console.log(t.latin1Write('xy'), t.latin1Write('xy', 3), t.asciiWrite('z', 1, 1), t.toString('latin1'));
