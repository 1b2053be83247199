// TextEncoderStream and TextDecoderStream: split multi-byte characters, surrogate pairs across chunks, properties.
(async () => {
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  w.write('h€');
  w.write('\ud83d');
  w.write('\ude00!');
  w.close();
  const parts = [];
  for await (const chunk of enc.readable) parts.push(Array.from(chunk).join(' '));
  console.log('encoded', parts);

  const dec = new TextDecoderStream();
  const dw = dec.writable.getWriter();
  const euro = new TextEncoder().encode('€uro');
  dw.write(euro.subarray(0, 1));
  dw.write(euro.subarray(1, 4));
  dw.write(euro.subarray(4));
  dw.close();
  const text = [];
  for await (const s of dec.readable) text.push(s);
  console.log('decoded', text);
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM, enc.encoding);
  const latin = new TextDecoderStream('utf-16le');
  console.log(latin.encoding);

  const piped = ReadableStream.from(['one ', 'two']).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  let all = '';
  for await (const s of piped) all += s;
  console.log('round trip', all);
})();
