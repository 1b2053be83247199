// From inside an immediate, a timer that has already expired by the time the
// next loop iteration starts runs (timers phase) before a newly queued
// immediate (check phase). The busy-wait guarantees the timer is expired.
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate 2'));
  const start = Date.now();
  while (Date.now() - start < 20) {}
  console.log('immediate 1');
});
