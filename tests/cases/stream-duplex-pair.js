// duplexPair: what one side writes the other reads, ends propagate, object mode option.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
const log = [];
b.on('data', (d) => log.push('b got ' + d));
a.on('data', (d) => log.push('a got ' + d));
b.on('end', () => log.push('b end'));
a.write('hello from a');
b.write('hello from b');
a.end();
setTimeout(() => {
  console.log(log.join('\n'));
  const [x, y] = duplexPair({ objectMode: true });
  y.on('data', (o) => console.log('object', JSON.stringify(o)));
  x.write({ k: 1 });
  console.log(x.readableObjectMode, x.writableObjectMode, typeof duplexPair);
}, 10);
