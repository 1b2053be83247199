// env: TERM=dumb
// readline with terminal: true on a dumb terminal: no cursor movement,
// keys only append, ctrl+d closes, write() goes through the same path.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const out = [];
output.on('data', (d) => out.push(String(d)));
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.prompt();
input.write('ab');
input.write('\x1b[D');
input.write('c\r');
rl.write('w\n');
input.write('\r\n');
input.write('\x04');
setImmediate(() => console.log(JSON.stringify(out), lines, rl.closed));
