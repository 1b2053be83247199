// EventEmitter.emit with 1 and with 3 listeners; runs under node and coil and
// prints one JSON line per measurement.
'use strict';

const EventEmitter = require('events');
const N = Number(process.env.BENCH_N || 1e6);

function bench(name, listeners) {
  const emitter = new EventEmitter();
  let sum = 0;
  for (let i = 0; i < listeners; i++) emitter.on('tick', (a, b) => { sum += a + b; });
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) emitter.emit('tick', i, 1);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (sum === 0) throw new Error('listeners did not run');
  console.log(JSON.stringify({ name, ms: Math.round(ms * 100) / 100, ops_per_sec: Math.round(N / (ms / 1000)) }));
}

bench('emit-1-listener-1e6', 1);
bench('emit-3-listeners-1e6', 3);
