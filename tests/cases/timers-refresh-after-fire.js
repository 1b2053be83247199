// Refreshing a timer that already fired re-arms it (for a non-interval
// timeout, refresh() after firing schedules it again).
let runs = 0;
const t = setTimeout(() => {
  runs++;
  console.log('run', runs);
  if (runs < 3) t.refresh();
}, 5);
process.on('exit', () => console.log('total', runs));
