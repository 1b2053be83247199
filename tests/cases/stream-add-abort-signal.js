// addAbortSignal and the signal option: AbortError with cause, already-aborted signals, invalid arguments.
const { addAbortSignal, Readable, Writable, PassThrough } = require('stream');
Error.stackTraceLimit = 0;
const log = [];
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log.push('r error ' + e.name + ' ' + e.code + ' cause=' + e.cause));
r.on('close', () => log.push('r close'));
ac.abort('why');

const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
w.on('error', (e) => log.push('w error ' + e.name + ' destroyed=' + w.destroyed));

const ac2 = new AbortController();
const pt = new PassThrough({ signal: ac2.signal });
pt.on('error', (e) => log.push('pt error ' + e.message));
pt.end('done');
pt.resume();
pt.on('close', () => { log.push('pt closed normally'); ac2.abort(); });

try { addAbortSignal('nope', new PassThrough()); } catch (e) { log.push(e.code + ' ' + e.message); }
try { addAbortSignal(new AbortController().signal, {}); } catch (e) { log.push(e.code + ' ' + e.message); }
process.on('exit', () => console.log(log.join('\n')));
