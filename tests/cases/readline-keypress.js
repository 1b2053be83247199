// readline.emitKeypressEvents: names, modifiers and sequences of the keys
// terminals send, split or joined in chunks.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // A second call changes nothing.
const keys = [];
input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.meta, k.shift, k.sequence, k.code]));
const chunks = ['a', 'Z', '1', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x1b[A', '\x1b[B',
  '\x1b[C', '\x1b[D', '\x1bOA', '\x1b[1;5C', '\x1b[1;2D', '\x1b[1;3A', '\x1b[3~', '\x1b[5~', '\x1b[6~',
  '\x1b[2~', '\x1b[H', '\x1b[F', '\x1b[1~', '\x1b[4~', '\x1bOP', '\x1b[15~', '\x1b[24~', '\x1b[[A',
  '\x1b[Z', '\x1b[a', '\x1bOc', '\x1b[3;5~', '\x1bb', '\x1bB', '\x1b\r', '\x1b\x7f', 'é', '\ud83d\ude00',
  'xyz', '\x1b[', 'A', '\x1b[99~', '.', '\x1b\x1b[A', '\x1b[2$', '\x1b[7^'];
for (const c of chunks) input.write(c);
setImmediate(() => {
  for (const k of keys) console.log(JSON.stringify(k));
});
