// Duplex: allowHalfOpen true/false, readable:false / writable:false options, end on one side.
const { Duplex } = require('stream');
const log = [];
function make(name, opts) {
  const d = new Duplex({
    ...opts,
    read() {},
    write(c, e, cb) { log.push(name + ' write ' + c); cb(); },
  });
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log.push(name + ' ' + ev + ' w=' + d.writable + ' r=' + d.readable));
  return d;
}
const half = make('half', {});
half.resume();
half.push(null);
setTimeout(() => { log.push('half writable after end ' + half.writable); half.end('late'); }, 5);

const full = make('full', { allowHalfOpen: false });
full.resume();
full.push(null);

const ro = make('ro', { writable: false });
log.push('ro writable=' + ro.writable + ' writableEnded=' + ro.writableEnded + ' finished=' + ro.writableFinished);
ro.resume();
ro.push(null);

const wo = make('wo', { readable: false });
log.push('wo readable=' + wo.readable + ' readableEnded=' + wo.readableEnded);
wo.end('only');
process.on('exit', () => console.log(log.join('\n')));
