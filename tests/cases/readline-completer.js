// env: TERM=xterm
// Tab completion: common prefixes, the list shown on a second tab, sync
// and callback completers, completer errors, readline/promises completers
// returning promises.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

Error.stackTraceLimit = 0;
const words = ['apple', 'apricot', 'banana', 'avocado'];
function complete(line) {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
}

async function run(factory, completer, keys) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 30;
  const out = [];
  output.on('data', (d) => out.push(String(d)));
  const rl = factory.createInterface({ input, output, terminal: true, completer, prompt: '> ' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  for (const k of keys) {
    input.write(k);
    await new Promise((resolve) => setImmediate(resolve));
  }
  rl.close();
  return [JSON.stringify(out.join('')), lines];
}

(async () => {
  console.log(await run(readline, complete, ['ap', '\t', '\t', 'r', '\t', '\r']));
  console.log(await run(readline, complete, ['b', '\t', '\r']));
  console.log(await run(readline, (line, cb) => cb(null, [['zeta', 'zero'], line]), ['z', '\t', '\t', '\r']));
  console.log(await run(readline, (line, cb) => cb(new Error('nope')), ['q', '\t', '\r']));
  console.log(await run(readline, () => [[], ''], ['q', '\t', '\r']));
  console.log(await run(readlinePromises, async (line) => complete(line), ['av', '\t', '\r']));
  console.log(await run(readlinePromises, (line) => complete(line), ['', '\t', '\t', '\r']));
  try {
    readline.createInterface({ input: new PassThrough(), completer: 1 });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
