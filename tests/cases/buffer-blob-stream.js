// Blob.prototype.stream(): a byte stream with one chunk per non-empty part
// (slices keep the part boundaries), readable by default and BYOB readers.
async function chunksOf(stream) {
  const out = [];
  for await (const chunk of stream) out.push(`${chunk.constructor.name}:${Buffer.from(chunk).toString()}`);
  return JSON.stringify(out);
}
(async () => {
  const b = new Blob(['abc', 'def', new Uint8Array([0x67]), '', 'hi']);
  const s = b.stream();
  console.log(Object.prototype.toString.call(s), s.locked);
  console.log(await chunksOf(s), s.locked);
  for (const [start, end] of [[1, 5], [3, 6], [4], [0, 0], [2, 3], [6, 9]]) {
    console.log(start, end, await chunksOf(b.slice(start, end).stream()));
  }
  console.log(await chunksOf(new Blob([b.slice(1, 5), 'x']).stream()));
  console.log(await chunksOf(new Blob([]).stream()));
  let count = 0;
  let total = 0;
  for await (const chunk of new Blob([new Uint8Array(200000)]).stream()) {
    count++;
    total += chunk.length;
  }
  console.log('big', count, total);
  const reader = new Blob(['xyz']).stream().getReader();
  console.log(await reader.read(), await reader.read());
  const byob = new Blob(['xyz', 'w']).stream().getReader({ mode: 'byob' });
  const first = await byob.read(new Uint8Array(2));
  const second = await byob.read(new Uint8Array(4));
  const third = await byob.read(new Uint8Array(4));
  const fourth = await byob.read(new Uint8Array(4));
  console.log(first, second, third, fourth.done);
})();
