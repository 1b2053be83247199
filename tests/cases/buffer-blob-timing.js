// Blob reads settle after as many microtask turns as Node takes (two per
// part), so their order against other promise work matches.
function run(parts) {
  const log = [];
  const b = new Blob(parts);
  b.arrayBuffer().then(() => log.push('ab'));
  b.text().then(() => log.push('text'));
  b.bytes().then(() => log.push('bytes'));
  b.slice(1).arrayBuffer().then(() => log.push('slice'));
  new Blob([]).arrayBuffer().then(() => log.push('empty'));
  let p = Promise.resolve();
  for (let i = 0; i < 14; i++) {
    const j = i;
    p = p.then(() => log.push(`p${j}`));
  }
  return p.then(() => console.log(parts.length, log.join(' ')));
}
run(['a'])
  .then(() => run(['a', 'b']))
  .then(() => run(['a', 'b', 'c']))
  .then(() => run([new Blob(['a', 'b'])]))
  .then(() => run(['abc', new Uint8Array(2), new Blob(['x'])]));
