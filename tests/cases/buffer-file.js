// File: name, lastModified coercion, type, inheritance, errors and inspection.
const { File, Blob } = require('buffer');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const f = new File(['abc', new Uint8Array([100])], 'a.txt', { type: 'Text/Plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, f instanceof File);
console.log(Object.prototype.toString.call(f), File.length, Object.keys(File.prototype), File === globalThis.File);
show('no args', () => new File());
show('one arg', () => new File(['abc']));
show('name number', () => new File(['a'], 5).name);
show('name object', () => new File(['a'], { toString() { return 'obj'; } }).name);
show('lastModified string', () => new File(['a'], 'x', { lastModified: '7' }).lastModified);
show('lastModified NaN', () => new File(['a'], 'x', { lastModified: 'x' }).lastModified);
show('lastModified fraction', () => new File(['a'], 'x', { lastModified: 7.9 }).lastModified);
show('lastModified Date', () => new File(['a'], 'x', { lastModified: new Date(1000) }).lastModified);
show('lastModified special', () => [Infinity, -5.5, '1e3', null, true].map((v) => new File([], 'n', { lastModified: v }).lastModified));
show('lastModified default', () => typeof new File([], 'n').lastModified);
show('lastModified recent', () => Math.abs(new File([], 'n').lastModified - Date.now()) < 60000);
show('bad options', () => new File([], 'n', 5));
show('bad endings', () => new File([], 'n', { endings: 'crlf' }));
show('slice is Blob', () => [f.slice(0, 2) instanceof File, f.slice(0, 2).size]);
try { Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])); } catch (e) { console.log('name this', e.name, e.code); }
f.text().then((t) => console.log('text', t));
