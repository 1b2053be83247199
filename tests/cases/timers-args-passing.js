// Extra arguments to setTimeout/setInterval/setImmediate are passed on.
setTimeout((a, b, c) => console.log('timeout', a, b, c), 1, 'x', 2, { y: 3 });
setTimeout(function () { console.log('timeout no args', arguments.length); }, 1);
const iv = setInterval((label, n) => {
  console.log('interval', label, n);
  clearInterval(iv);
  setImmediate((...args) => console.log('immediate', args), 1, 2, 3, 4, 5);
}, 1, 'label', 42);
process.nextTick((a, b) => console.log('nextTick', a, b), 'p', 'q');
