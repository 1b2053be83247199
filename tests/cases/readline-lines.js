// readline over a stream: line endings (\n, \r\n, \r), chunks split
// anywhere, the last unterminated line on end, pause/resume/close events,
// write(), prompt and question without a terminal.
const readline = require('readline');
const { PassThrough } = require('stream');

const log = [];
const input = new PassThrough();
const output = new PassThrough();
output.on('data', (d) => log.push(['out', String(d)]));
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log(rl.terminal, rl.getPrompt(), JSON.stringify(rl.line), rl.historySize, rl.crlfDelay,
  rl.history, rl.closed, rl.paused, rl.removeHistoryDuplicates, rl.input === input, rl.output === output);
for (const ev of ['line', 'close', 'pause', 'resume', 'history', 'SIGINT']) {
  rl.on(ev, (a) => log.push([ev, a]));
}
rl.prompt();
input.write('hello\nwor');
input.write('ld\r\nthird\rfourth\r');
input.write('\nfifth');
rl.pause();
rl.resume();
rl.write('via write\n');
rl.setPrompt('# ');
rl.prompt();
rl.question('name? ', (a) => log.push(['answer', a, rl.getPrompt()]));
input.write('bob\n');
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac, 0x0a]));
input.end('tail');
setImmediate(() => {
  console.log(log);
  console.log(rl.closed, JSON.stringify(rl.line));
});
