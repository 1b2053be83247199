// Promise-based timers keep the normal phase ordering.
const { setTimeout: sleep, setImmediate: immediate } = require('node:timers/promises');
const fs = require('fs');
fs.readFile(__filename, () => {
  const a = sleep(0).then(() => console.log('sleep(0)'));
  const b = immediate().then(() => console.log('immediate()'));
  Promise.all([a, b]).then(() => {
    sleep(50, 'b').then((v) => console.log('sleep 50', v));
    sleep(20, 'a').then((v) => console.log('sleep 20', v));
  });
});
