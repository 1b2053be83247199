// for await over a readline Interface: every line, the last unterminated
// one, breaking out early closes the interface.
const readline = require('readline');
const { Readable } = require('stream');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['one\ntwo\r\nthr', 'ee\n\nfive']) });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines, rl.closed);

  const rl2 = readline.createInterface({ input: Readable.from(['a\nb\nc\nd\n']) });
  rl2.on('close', () => console.log('closed'));
  for await (const line of rl2) {
    console.log('got', line);
    if (line === 'b') break;
  }
  console.log(rl2.closed);

  const rl3 = readline.createInterface({ input: Readable.from([]) });
  const none = [];
  for await (const line of rl3) none.push(line);
  console.log(none);
})();
