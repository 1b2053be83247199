// Transform: _transform/_flush, push from transform, callback(null, data), object modes on each side.
const { Transform, PassThrough } = require('stream');
const log = [];
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    this.push('!');
    cb(null, '?');
  },
});
upper.setEncoding('utf8');
upper.on('data', (d) => log.push('data ' + d));
upper.on('end', () => log.push('end'));
upper.on('finish', () => log.push('finish'));
upper.on('close', () => log.push('close'));
upper.write('ab');
upper.write('cd');
upper.end('e');

const splitter = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const ch of chunk.toString()) this.push({ ch });
    cb();
  },
});
const objs = [];
splitter.on('data', (o) => objs.push(o.ch));
splitter.on('end', () => log.push('split ' + objs.join('|') + ' rObj=' + splitter.readableObjectMode + ' wObj=' + splitter.writableObjectMode));
splitter.end('xyz');

const failing = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
failing.on('error', (e) => log.push('error ' + e.message));
failing.on('close', () => log.push('failing close'));
failing.write('q');

const pt = new PassThrough({ objectMode: true });
pt.write(1);
pt.write('two');
pt.end({ three: 3 });
const ptOut = [];
pt.on('data', (v) => ptOut.push(JSON.stringify(v)));
pt.on('end', () => log.push('pt ' + ptOut.join(',')));
process.on('exit', () => console.log(log.join('\n')));
