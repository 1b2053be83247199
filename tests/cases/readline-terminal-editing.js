// env: TERM=xterm
// readline in terminal mode over fake streams: the escape sequences written
// while editing (cursor keys, backspace, ctrl+a/e/k/u/w/y, word moves,
// history, wrapping at the output's width, pasted chunks, undo).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const out = [];
output.on('data', (d) => out.push(String(d)));
output.columns = 20;
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', historySize: 5 });
const events = [];
rl.on('line', (l) => events.push(l));
rl.on('history', (h) => events.push(['history', h.slice()]));
rl.prompt();
const type = (s) => input.write(s);
type('abc');
type('\x1b[D');
type('\x1b[D');
type('X');
type('\x1b[C');
type('\x7f');
type('\r');
type('second line\r');
type('\x1b[A');
type('\x1b[A');
type('\x01');
type('\x0b');
type('\x19');
type('\x05');
type(' more\r');
type('one two three');
type('\x17');
type('\x1bb');
type('\x1bf');
type('\x15');
for (const c of 'a very long line that wraps') type(c);
type('\r');
type('\x1b[1;5D');
type('x\x1b[3~');
type('\x1b[H\x1b[F');
type('\x1f');
type('\x1e');
type('\x03');
setImmediate(() => {
  console.log(JSON.stringify(out));
  console.log(events);
  console.log(rl.closed, rl.history, JSON.stringify(rl.line), rl.cursor);
});
