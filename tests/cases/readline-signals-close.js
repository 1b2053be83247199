// env: TERM=xterm
// readline: ctrl+c emits SIGINT when listened for, else closes; ctrl+d
// closes on an empty line; an AbortSignal closes the interface; the input
// ending closes it; close is emitted once.
const readline = require('readline');
const { PassThrough } = require('stream');

function make(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  const events = [];
  rl.on('close', () => events.push('close'));
  rl.on('pause', () => events.push('pause'));
  rl.on('line', (l) => events.push(`line:${l}`));
  return { rl, input, events };
}

const a = make();
a.rl.on('SIGINT', () => a.events.push('SIGINT'));
a.input.write('abc\x03');
console.log(a.events, a.rl.closed, a.rl.line);
a.rl.close();
a.rl.close();
console.log(a.events);

const b = make();
b.input.write('\x03');
console.log(b.events, b.rl.closed);

const c = make();
c.input.write('x\x04');
console.log(c.events, c.rl.closed);
c.input.write('\x01\x04');
console.log(c.events, c.rl.closed, JSON.stringify(c.rl.line));
c.input.write('\x04');
console.log(c.events, c.rl.closed);

const ac = new AbortController();
const d = make({ signal: ac.signal });
ac.abort();
console.log(d.events, d.rl.closed);

const e = make({ signal: AbortSignal.abort() });
console.log('before tick', e.rl.closed);
process.nextTick(() => console.log('after tick', e.rl.closed, e.events));

const f = make();
f.input.write('unfinished');
f.input.end();
setImmediate(() => {
  console.log(f.events, f.rl.closed);
  try {
    f.rl.question('q', () => {});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
