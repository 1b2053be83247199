// env: TERM=xterm
// getCursorPos with wide characters, tabs, newlines in the prompt and
// wrapping; the columns getter; clearLine on the interface; prompt(true).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const out = [];
output.on('data', (d) => out.push(String(d)));
output.columns = 10;
const rl = readline.createInterface({ input, output, terminal: true, prompt: '>> ', tabSize: 4 });
console.log(rl.columns, rl.tabSize, rl.getCursorPos());
for (const line of ['abc', '\u4e2d\u6587\u5b57', 'a\tb', 'x'.repeat(25), '\ud83d\ude00\ud83d\ude00', 'e\u0301']) {
  rl.line = line;
  rl.cursor = line.length;
  console.log(JSON.stringify(line), rl.getCursorPos());
}
rl.setPrompt('multi\nline> ');
rl.line = 'abc';
rl.cursor = 1;
console.log(rl.getCursorPos());
rl.prompt(true);
rl.prompt();
rl.clearLine();
console.log(JSON.stringify(out), JSON.stringify(rl.line), rl.cursor);
const plain = readline.createInterface({ input: new PassThrough() });
console.log(plain.columns, plain.terminal);
plain.close();
rl.close();
