// env: TERM=xterm
// readline history: historySize, removeHistoryDuplicates, a given history
// array, blank lines, the 'history' event, prefix search with up/down.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(options, keys) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  for (const k of keys) input.write(k);
  const result = [lines, rl.history.slice(), rl.line];
  rl.close();
  return result;
}

console.log(run({ historySize: 2 }, ['a\r', 'b\r', 'c\r']));
console.log(run({ removeHistoryDuplicates: true }, ['a\r', 'b\r', 'a\r', 'b\r']));
console.log(run({}, ['a\r', 'a\r', 'b\r', 'a\r']));
console.log(run({ historySize: 0 }, ['a\r', 'b\r']));
console.log(run({ history: ['old2', 'old1'] }, ['\x1b[A', '\r']));
console.log(run({}, ['   \r', '\r', 'x\r']));
console.log(run({}, ['apple\r', 'banana\r', 'apricot\r', 'ap', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\r']));
console.log(run({}, ['one\r', 'two\r', '\x10', '\x10', '\x0e', '\r']));
const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true, output: new PassThrough() });
rl.on('history', (h) => {
  // A listener may remove a sensitive entry.
  if (h[0] === 'secret') h.shift();
});
rl.on('line', (l) => console.log('line', l));
input.write('secret\r');
input.write('public\r');
console.log(rl.history);
rl.close();
for (const opts of [{ historySize: -1 }, { historySize: NaN }, { historySize: 'x' }, { history: 'x' }]) {
  try {
    readline.createInterface({ input: new PassThrough(), ...opts }).close();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
