// Search with an encoding: the needle is encoded first; utf16le searches
// whole code units (with Node's quirks for odd lengths and buffer needles).
const h = Buffer.from('hello world hello');
console.log(h.indexOf('6c6c', 0, 'hex'), h.indexOf('bGxv', 'base64'), h.indexOf('lo', 'latin1'),
  h.indexOf('zz', 0, 'hex'), h.indexOf('aGVsbG8', 'base64url'), h.lastIndexOf('68', undefined, 'hex'));
const b = Buffer.from([0xe9, 0x41]);
console.log(b.indexOf('é', 'ascii'), b.indexOf('é', 'latin1'), b.indexOf('é'), b.indexOf('Aé', 'binary'), b.includes('\u0141', 'latin1'));
const u = Buffer.from('a€a€', 'ucs2');
console.log(u.indexOf('€', 0, 'ucs2'), u.lastIndexOf('€', undefined, 'utf16le'), u.indexOf('€', 1, 'ucs2'), u.indexOf('a', 1, 'ucs2'));
const odd = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]);
console.log(odd.indexOf('a', 0, 'ucs2'), odd.indexOf('b', 0, 'ucs2'), odd.indexOf(Buffer.from('a', 'ucs2'), 0, 'ucs2'));
const hays = [[0x61, 0, 0x62, 0, 0x61, 0], [0x61, 0, 0x62, 0, 0x61, 0, 0x63], [0x61], [1, 2, 3, 4, 5]];
const needles = [[], [0x61], [0x61, 0], [0x62, 0], [0x61, 0, 0x62, 0], [0x7a, 0]];
for (const hay of hays) {
  for (const needle of needles) {
    const row = [];
    for (const off of [-7, -3, -1, 0, 1, 3, 5, 7, undefined]) {
      const hb = Buffer.from(hay);
      const nb = Buffer.from(needle);
      row.push(hb.indexOf(nb, off, 'ucs2'), hb.lastIndexOf(nb, off, 'ucs2'));
      if (needle.length % 2 === 0) row.push(hb.indexOf(nb.toString('ucs2'), off, 'ucs2'), hb.lastIndexOf(nb.toString('ucs2'), off, 'ucs2'));
    }
    console.log(hay.length, needle.join('.'), row.join(' '));
  }
}
