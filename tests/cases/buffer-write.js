// buf.write(string[, offset[, length]][, encoding]): argument juggling, partial
// characters, clamping and errors.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const cases = [
  ['ab'], ['ab', 1], ['ab', 'latin1'], ['abcdef', 1, 'latin1'], ['abcdef', 1, 2, 'latin1'],
  ['abcdef', 1, 2], ['abcdef', undefined, 2], ['abcdef', 1.5], ['abcdef', '1'], ['abcdef', 1, '2'],
  ['abcdef', -1], ['abcdef', 0, -1], ['abcdef', 0, 10], ['abcdef', 1, 4], ['abcdef', 4], ['abcdef', 5],
  ['abcdef', NaN], ['', 0], ['a', null], ['a', 0, null], ['a', 0, 1, null], ['a', 0, 1, ''],
  ['a', 0, 1, 'nope'], ['€€'], ['€', 0, 2], ['😀', 1], ['é', 3], [5], [5, 0, 1, 'hex'],
  ['6162', 0, 4, 'hex'], ['YWJj', 'base64'], ['abcd', 0, 3, 'ucs2'],
];
for (const args of cases) {
  show(JSON.stringify(args), () => {
    const b = Buffer.alloc(4, 0x2e);
    const n = b.write(...args);
    return [n, b.toString('latin1')];
  });
}
// The per-encoding write methods.
for (const name of ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write']) {
  const out = [];
  for (const args of [['6162'], ['6162', 1], ['6162', 1, 1], ['6162', 4], ['6162', '1']]) {
    const b = Buffer.alloc(4);
    out.push(b[name](...args) + ':' + b.toString('hex'));
  }
  for (const args of [['ab', 5], ['ab', -1], ['ab', 0, -1], [7]]) {
    try {
      Buffer.alloc(4)[name](...args);
    } catch (e) {
      out.push(`${e.name}:${e.code}:${e.message}`);
    }
  }
  console.log(name, out.join(' '));
}
