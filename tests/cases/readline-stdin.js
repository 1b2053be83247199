// stdin: first line
// stdin: second line
// stdin: last
// readline over process.stdin (a pipe): lines, then close at the end.
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => console.log(lines, rl.terminal));
