// refresh() restarts a timer's countdown with the same delay and returns it:
// `a` (200ms, refreshed at 180ms) fires after `b` (220ms).
const order = [];
const a = setTimeout(() => {
  order.push('a');
}, 200);
setTimeout(() => {
  console.log(a.refresh() === a);
}, 180);
setTimeout(() => order.push('b'), 220);
setTimeout(() => {
  console.log(order.join(','));
}, 700);
