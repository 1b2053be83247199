// Inside an I/O callback the check phase (immediates) always comes before
// the next timers phase, so setImmediate beats setTimeout(0).
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('io callback');
});
