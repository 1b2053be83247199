// Blob: sources of every kind, type normalisation, endings, slice, the
// promise methods, errors and inspection.
const { Blob } = require('buffer');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['de']), new ArrayBuffer(1),
  new Uint16Array([0x4142]).subarray(0, 1), 5, {}, new DataView(new Uint8Array([0x7a]).buffer)], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), String(b), b instanceof Blob);
console.log(Blob === globalThis.Blob, Blob.length, Object.keys(Blob.prototype));
show('string sources', () => new Blob('abc'));
show('number sources', () => new Blob(5));
show('null sources', () => new Blob(null));
show('object sources', () => new Blob({}));
show('bad options', () => new Blob([], 5));
show('bad endings', () => new Blob([], { endings: 'x' }));
show('non-ASCII type', () => JSON.stringify(new Blob([], { type: 'a\u00ffb' }).type));
show('control type', () => JSON.stringify(new Blob([], { type: 'a\u0001b' }).type));
show('iterable', () => new Blob({ *[Symbol.iterator]() { yield 'x'; yield 'yz'; } }).size);
show('native endings', () => new Blob(['a\r\nb\nc'], { endings: 'native' }).size);
show('transparent endings', () => new Blob(['a\r\nb\nc']).size);
try { Blob(); } catch (e) { console.log('call', e.name, e.code); }
show('no args', () => new Blob().size);
show('undefined', () => new Blob(undefined).size);
show('null options', () => new Blob([], null).size);
show('size getter this', () => Blob.prototype.size);
show('type getter this', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call({}));
const s = b.slice(1, -1, 'X/Y');
console.log(s, s.size, s.type);
console.log(b.slice(-3).size, b.slice(2, 1).size, b.slice(undefined, 2).size, b.slice(null).size, b.slice(0, 100).size, b.slice().type);
const src = new Uint8Array([1, 2, 3]);
const copy = new Blob([src]);
src[0] = 9;
Promise.all([b.text(), s.text(), copy.arrayBuffer(), b.bytes(), new Blob(['\ufeffa']).text(), new Blob([]).text()])
  .then(([t1, t2, ab, bytes, bom, empty]) => {
    console.log(JSON.stringify(t1), JSON.stringify(t2));
    console.log(ab, new Uint8Array(ab));
    console.log(bytes instanceof Uint8Array, bytes.length, bytes[0]);
    console.log(JSON.stringify(bom), JSON.stringify(empty));
  });
Blob.prototype.text.call({}).catch((e) => console.log('text this', e.name, e.code, e.message));
