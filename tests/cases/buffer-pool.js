// Small allocUnsafe / from(string) / from(array) / concat results are slices of
// a shared 8 KiB pool, 8-byte aligned; large and alloc() results are not.
// (Offsets are recorded before anything is printed: printing uses the pool.)
const rows = [];
function record(label, b) {
  rows.push([label, b.length, b.byteOffset, b.buffer.byteLength]);
}
record('unsafe 1', Buffer.allocUnsafe(1));
record('unsafe 10', Buffer.allocUnsafe(10));
record('from string', Buffer.from('hello'));
record('from hex', Buffer.from('zz', 'hex'));
record('from hex 2', Buffer.from('abcd', 'hex'));
record('from array', Buffer.from([1, 2, 3]));
record('concat', Buffer.concat([Buffer.from('a'), Buffer.from('b')]));
record('alloc', Buffer.alloc(10));
record('unsafeSlow', Buffer.allocUnsafeSlow(10));
record('unsafe 4095', Buffer.allocUnsafe(4095));
record('unsafe 4096', Buffer.allocUnsafe(4096));
record('unsafe 100', Buffer.allocUnsafe(100));
record('from long string', Buffer.from('x'.repeat(5000)));
record('unsafe 0', Buffer.allocUnsafe(0));
const before = Buffer.poolSize;
Buffer.poolSize = 1024;
record('unsafe 600 (pool 1024)', Buffer.allocUnsafe(600));
record('unsafe 100 (pool 1024)', Buffer.allocUnsafe(100));
Buffer.poolSize = before;
for (const row of rows) console.log(row.join(' '));
