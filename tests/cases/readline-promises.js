// readline/promises: question() resolving with the answer, AbortSignal
// cancellation, use after close, the Readline class and its commit.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  console.log(Object.keys(rlp), rlp === readline.promises, rlp === require('node:readline/promises'));
  const input = new PassThrough();
  const output = new PassThrough();
  const out = [];
  output.on('data', (d) => out.push(String(d)));
  const rl = rlp.createInterface({ input, output });
  console.log(rl instanceof readline.Interface, rl instanceof rlp.Interface);
  const p = rl.question('Name? ');
  input.write('Ada\n');
  console.log('answer', await p);
  const ac = new AbortController();
  const p2 = rl.question('Again? ', { signal: ac.signal });
  ac.abort('stop');
  try {
    await p2;
  } catch (e) {
    console.log('abort', e.name, e.code, e.message, e.cause);
  }
  try {
    await rl.question('x', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code);
  }
  try {
    await rl.question('x', { signal: 1 });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  rl.close();
  try {
    await rl.question('after close');
  } catch (e) {
    console.log('closed', e.name, e.code, e.message);
  }
  console.log(JSON.stringify(out.join('')));

  const written = [];
  const stream = new PassThrough();
  stream.on('data', (d) => written.push(String(d)));
  const r = new rlp.Readline(stream);
  r.cursorTo(0).cursorTo(1, 2).moveCursor(3, -4).moveCursor(0, 0).clearLine(-1).clearLine(0).clearLine(1)
    .clearScreenDown();
  console.log(written.length);
  await r.commit();
  console.log(JSON.stringify(written));
  r.cursorTo(5).rollback();
  await r.commit();
  console.log(JSON.stringify(written));
  const auto = new rlp.Readline(stream, { autoCommit: true });
  auto.cursorTo(7);
  console.log(written.length);
  await new Promise((resolve) => process.nextTick(resolve));
  console.log(JSON.stringify(written));
  for (const fn of [() => new rlp.Readline({}), () => new rlp.Readline(stream, { autoCommit: 1 }),
    () => r.cursorTo('x'), () => r.cursorTo(1.5), () => r.moveCursor('a', 1), () => r.clearLine(2)]) {
    try {
      fn();
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
