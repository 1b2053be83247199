// Byte streams: BYOB reader fills the given view, autoAllocateChunkSize with a default reader, byobRequest.respond.
(async () => {
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  const reader = bytes.getReader({ mode: 'byob' });
  const r1 = await reader.read(new Uint8Array(3));
  console.log('byob read', Array.from(r1.value), r1.done, r1.value.constructor.name);
  const r2 = await reader.read(new Uint8Array(8));
  console.log('byob read 2', Array.from(r2.value), r2.done);
  const r3 = await reader.read(new Uint8Array(8));
  console.log('byob read 3', Array.from(r3.value), r3.done);

  let n = 0;
  const pulled = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const req = c.byobRequest;
      n++;
      if (n > 2) { c.close(); if (req) req.respond(0); return; }
      req.view[0] = n * 10;
      req.view[1] = n * 10 + 1;
      req.respond(2);
    },
  });
  const dr = pulled.getReader();
  for (;;) {
    const { value, done } = await dr.read();
    if (done) break;
    console.log('auto chunk', Array.from(value), value.byteLength);
  }

  const words = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 0, 2, 0, 3])); c.close(); },
  });
  const wr = words.getReader({ mode: 'byob' });
  const u16 = await wr.read(new Uint16Array(4));
  console.log('u16', Array.from(u16.value), u16.value.constructor.name);
  console.log(words, pulled.locked);
})();
