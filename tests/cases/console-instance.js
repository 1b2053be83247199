// compare: stdout exit stderr
// A Console on its own streams (options, colour mode, group indentation,
// inspect options, every method) and the global console's methods, whose
// code is loaded on first use; plus the constructor's option errors.
'use strict';
const { Console } = require('console');
const { Writable } = require('stream');
function sink() {
  const chunks = [];
  const s = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  s.chunks = chunks;
  return s;
}
const o = sink(), e = sink();
const c = new Console({ stdout: o, stderr: e, groupIndentation: 4, colorMode: true });
c.log('a', { b: 1 }, [1, 2]);
c.group('G');
c.info('x\ny');
c.groupCollapsed();
c.warn('w %d', 5);
c.groupEnd(); c.groupEnd(); c.groupEnd();
c.error(new Map([[1, 2]]));
c.count(); c.count(); c.count('a'); c.countReset(); c.count();
c.assert(true, 'no'); c.assert(false, 'yes %s', 'fmt'); c.assert(0);
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dirxml('dx', 1);
c.table([{ a: 1, b: 2 }, { a: 3 }]);
c.table('notobj');
c.time('t'); c.timeLog('t', 'data'); c.timeEnd('t');
c.clear();
console.log(JSON.stringify(o.chunks.join('').replace(/\d+(\.\d+)?m?s\b/g, "<time>")));
console.log(JSON.stringify(e.chunks.join('')));
const c2 = new Console({ stdout: o, inspectOptions: { depth: 0, colors: false } });
o.chunks.length = 0;
c2.log({ a: { b: 1 } });
console.log(JSON.stringify(o.chunks));
for (const opts of [
  {}, { stdout: o, colorMode: 'x' }, { stdout: o, groupIndentation: 1001 }, { stdout: o, groupIndentation: 1.5 },
  { stdout: o, inspectOptions: 5 }, { stdout: o, inspectOptions: { colors: true }, colorMode: 'auto' },
  { stdout: o, stderr: {} },
]) {
  try { new Console(opts); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { new Console(); } catch (err) { console.log(err.code, err.message); }
const c3 = new Console(o, e, false);
console.log(c3._ignoreErrors, c3._stdout === o, c3._stderr === e);
const c4 = new Console(o);
console.log(c4._stderr === o);
console.group('outer');
console.log('inner\nline');
console.groupEnd();
console.log('%s|%d|%i|%f|%j|%o|%O|%%|%c', 'str', 42, 4.5, '1.5', { j: 1 }, [1], { O: 1 }, 'css');
console.log('%s', Symbol('s'), 5n, null, undefined);
console.log();
console.log('');
const { log } = console;
log('destructured');
console.log.call(null, 'call null');
console.info('info'); console.debug('debug');
console.count(); console.count('x'); console.countReset('x'); console.count('x');
console.warn('warn');
console.error('err', 1);
console.dir({ dir: [1, { a: 2 }] }, { colors: false });
console.assert(false, 'global assert', { a: 1 });
console.table([[1, 2], [3, 4]]);
console.timeEnd('nolabel');
