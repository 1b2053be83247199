// TextEncoder / TextDecoder round-trips.
const enc = new TextEncoder();
console.log(enc.encoding);
const bytes = enc.encode('héllo €𝄞');
console.log(bytes instanceof Uint8Array, bytes.length);
console.log(Array.from(bytes).join(','));
console.log(enc.encode().length, enc.encode('').length);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(bytes));
console.log(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xff, 0x61]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log('fatal:', e instanceof TypeError, e.code);
}
const target = new Uint8Array(4);
const r = enc.encodeInto('aé€', target);
console.log(r.read, r.written, Array.from(target).join(','));
console.log(dec.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + dec.decode(new Uint8Array([0xac])));
console.log(dec.decode(bytes.buffer));
console.log(dec.decode());
