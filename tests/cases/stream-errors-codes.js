// Error codes and messages from stream misuse: write after end, push after EOF, null values, bad chunks, multiple callbacks.
const { Readable, Writable, Transform } = require('stream');
Error.stackTraceLimit = 0;
const out = [];
function show(label, e) { out.push(label + ': ' + (e && e.name) + ' ' + (e && e.code) + ' ' + (e && e.message)); }

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => show('w error', e));
w.end();
w.write('x', (e) => show('w cb', e));

const r = new Readable({ read() {} });
r.on('error', (e) => show('r error', e));
r.push(null);
r.push('late');

try { new Writable().write(null); } catch (e) { show('null', e); }
try { new Writable().write(42); } catch (e) { show('number', e); }
try { new Writable().write({}); } catch (e) { show('object', e); }
try { new Writable().write('a', 'nope'); } catch (e) { show('encoding', e); }
try { new Readable({ highWaterMark: -3 }); } catch (e) { show('hwm', e); }
try { new Writable().setDefaultEncoding('bogus'); } catch (e) { show('setDefaultEncoding', e); }

const unimpl = new Readable();
unimpl.on('error', (e) => show('no _read', e));
unimpl.read();

const unimplW = new Writable();
unimplW.on('error', (e) => show('no _write event', e));
try { unimplW.write('x'); } catch (e) { show('no _write', e); }

const twice = new Writable({ write(c, e, cb) { cb(); cb(); } });
twice.on('error', (e) => show('twice', e));
twice.write('x');

const t = new Transform();
t.on('error', (e) => show('no _transform event', e));
try { t.write('x'); } catch (e) { show('no _transform', e); }

const bad = new Readable({ read() {} });
bad.on('error', (e) => show('bad push', e));
bad.push(5);

const ended = new Writable({ write(c, e, cb) { cb(); } });
ended.end(() => {
  ended.end((e) => show('end twice', e));
});

process.on('exit', () => console.log(out.join('\n')));
