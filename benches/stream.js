'use strict';
// Pipes 256 MiB through a PassThrough in 64 KiB chunks and reports the
// throughput as one JSON line. Runs under both `node` and `coil`.

const { Readable, Writable, PassThrough } = require('stream');

const CHUNK = 64 * 1024;
const TOTAL = 256 * 1024 * 1024;
const COUNT = TOTAL / CHUNK;

const chunk = typeof Buffer === 'function' ? Buffer.alloc(CHUNK, 0x61) : new Uint8Array(CHUNK).fill(0x61);

let sent = 0;
const source = new Readable({
  highWaterMark: CHUNK,
  read() {
    while (sent < COUNT) {
      sent++;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});

let received = 0;
const sink = new Writable({
  highWaterMark: CHUNK,
  write(data, encoding, callback) {
    received += data.length;
    callback();
  },
});

const start = process.hrtime.bigint();
source.pipe(new PassThrough({ highWaterMark: CHUNK })).pipe(sink);
sink.on('finish', () => {
  const ns = process.hrtime.bigint() - start;
  if (received !== TOTAL) throw new Error(`received ${received} bytes, expected ${TOTAL}`);
  const ms = Number(ns) / 1e6;
  const mbPerSec = (TOTAL / (1024 * 1024)) / (ms / 1000);
  console.log(JSON.stringify({
    name: 'passthrough-256MiB',
    ms: Math.round(ms * 100) / 100,
    mb_per_sec: Math.round(mbPerSec * 10) / 10,
  }));
});
