// Several timers and immediates scheduled from one I/O callback: all the
// immediates run (in order) before any of the timers.
const fs = require('fs');
fs.readFile(__filename, () => {
  for (let i = 0; i < 3; i++) {
    setTimeout(() => console.log('timeout', i), 0);
    setImmediate(() => console.log('immediate', i));
  }
});
