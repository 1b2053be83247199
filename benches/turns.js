// Event-loop turn benchmarks: 1e6 setImmediate turns, 1e6 nextTick callbacks,
// 1e6 resolved-promise turns, 1e5 timers. Runs under node and coil alike;
// prints one JSON line per measurement.
'use strict';

const N = Number(process.env.BENCH_N || 1e6);
const TIMERS = Number(process.env.BENCH_TIMERS || 1e5);
const only = process.argv[2];

function report(name, start, count) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ name, ms: Math.round(ms * 100) / 100, ops_per_sec: Math.round(count / (ms / 1000)) }));
}

const benches = {
  setImmediate(done) {
    let left = N;
    const start = process.hrtime.bigint();
    function turn() {
      if (--left > 0) setImmediate(turn);
      else {
        report('setImmediate-1e6', start, N);
        done();
      }
    }
    setImmediate(turn);
  },
  nextTick(done) {
    let left = N;
    const start = process.hrtime.bigint();
    function tick() {
      if (--left > 0) process.nextTick(tick);
      else {
        report('nextTick-1e6', start, N);
        done();
      }
    }
    process.nextTick(tick);
  },
  promise(done) {
    let left = N;
    const start = process.hrtime.bigint();
    function step() {
      if (--left > 0) Promise.resolve().then(step);
      else {
        report('promise-1e6', start, N);
        done();
      }
    }
    Promise.resolve().then(step);
  },
  timers(done) {
    let left = TIMERS;
    const start = process.hrtime.bigint();
    const fire = () => {
      if (--left === 0) {
        report('timers-1e5', start, TIMERS);
        done();
      }
    };
    for (let i = 0; i < TIMERS; i++) setTimeout(fire, i % 10);
  },
};

const names = Object.keys(benches).filter((n) => !only || n === only);
(function next() {
  const name = names.shift();
  if (name) setImmediate(() => benches[name](next));
})();
