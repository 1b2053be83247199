'use strict';
// Buffer benchmarks: Buffer.from(string) and buf.toString() for utf8, base64
// and hex at 1 KiB and 1 MiB, Buffer.concat, and indexOf over 1 MiB. Runs
// under node and coil alike; prints one JSON line per measurement:
// {"name": ..., "ops_per_sec": ...}.
//
// Usage: node benches/buffer.js [--only substring] [--ms per-measurement]

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? null : args[onlyAt + 1];
const msAt = args.indexOf('--ms');
const budgetNs = BigInt(Math.round((msAt === -1 ? 300 : Number(args[msAt + 1])) * 1e6));

const KiB = 1024;
const MiB = 1024 * 1024;

// Deterministic text: ASCII words, so utf8 sizes equal byte sizes.
function text(size) {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'buffer', 'coil', 'node'];
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = words[(i * 7 + (i >> 3)) % words.length];
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

// Deterministic binary data.
function bytes(size) {
  const b = Buffer.alloc(size);
  let x = 0x12345678;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

let sink = 0;

// Run `fn` repeatedly for the time budget (after a short warm-up) and print
// its rate.
function bench(name, fn) {
  if (only !== null && !name.includes(only)) return;
  for (let i = 0; i < 3; i++) sink += consume(fn());
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  let batch = 1;
  while (elapsed < budgetNs) {
    for (let i = 0; i < batch; i++) sink += consume(fn());
    ops += batch;
    elapsed = process.hrtime.bigint() - start;
    if (elapsed < budgetNs / 10n) batch *= 2;
  }
  const opsPerSec = ops / (Number(elapsed) / 1e9);
  console.log(JSON.stringify({ name, ops_per_sec: Math.round(opsPerSec * 10) / 10 }));
}

function consume(result) {
  if (typeof result === 'number') return result;
  return result.length;
}

for (const [label, size] of [['1KiB', KiB], ['1MiB', MiB]]) {
  const utf8Text = text(size);
  const data = bytes(size);
  const base64Text = data.toString('base64');
  const hexText = data.toString('hex');
  const utf8Buf = Buffer.from(utf8Text);

  bench(`from-utf8-${label}`, () => Buffer.from(utf8Text, 'utf8'));
  bench(`from-base64-${label}`, () => Buffer.from(base64Text, 'base64'));
  bench(`from-hex-${label}`, () => Buffer.from(hexText, 'hex'));
  bench(`tostring-utf8-${label}`, () => utf8Buf.toString('utf8'));
  bench(`tostring-base64-${label}`, () => data.toString('base64'));
  bench(`tostring-hex-${label}`, () => data.toString('hex'));
}

{
  const big = [];
  for (let i = 0; i < 16; i++) big.push(bytes(64 * KiB));
  bench('concat-16x64KiB', () => Buffer.concat(big));
  const small = [];
  for (let i = 0; i < 8; i++) small.push(bytes(128));
  bench('concat-8x128B', () => Buffer.concat(small));
}

{
  const hay = Buffer.from(text(MiB));
  const needle = 'needle-at-the-end';
  hay.write(needle, MiB - needle.length - 10);
  const early = 'needle-at-the-start';
  hay.write(early, 10);
  const needleBuf = Buffer.from(needle);
  bench('indexof-string-1MiB', () => hay.indexOf(needle));
  bench('indexof-buffer-1MiB', () => hay.indexOf(needleBuf));
  bench('indexof-byte-1MiB', () => hay.indexOf(0x21));
  bench('lastindexof-string-1MiB', () => hay.lastIndexOf(early));
}

if (sink === -1) console.log('unreachable');
