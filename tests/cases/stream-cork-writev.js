// cork/uncork batching into _writev, writableCorked, end() uncorking, writev with mixed encodings.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { log.push('write ' + chunk + ' ' + enc); cb(); },
  writev(chunks, cb) {
    log.push('writev ' + chunks.map((c) => c.chunk + '/' + c.encoding).join(' ') + ' allBuffers=' + chunks.allBuffers);
    cb();
  },
});
w.cork();
w.write('a');
w.write('b', 'latin1');
w.cork();
w.write('c');
log.push('corked ' + w.writableCorked + ' buffered ' + w.writableBuffer.length);
w.uncork();
log.push('after one uncork ' + w.writableCorked);
w.uncork();
log.push('after two uncorks ' + w.writableCorked);
w.write('solo');
w.cork();
w.write('x');
w.write('y');
w.end('z');
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
const onlyV = new Writable({ writev(chunks, cb) { log.push('onlyV ' + chunks.length); cb(); } });
onlyV.write('single');
