// assert.CallTracker: calls, getCalls, report, verify, reset.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const c = tracker.calls(foo, 2);
console.log(c(1, 2), c.name, c.length);
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]));
console.log(tracker.getCalls(c));
show(() => tracker.verify());
c.call('self', 3, 4);
console.log(tracker.getCalls(c)[1].thisArg, Object.isFrozen(tracker.getCalls(c)[1]));
show(() => tracker.verify());
const c2 = tracker.calls();
const c3 = tracker.calls(3);
c2();
console.log(typeof c2(), c3.name);
show(() => tracker.verify());
try {
  tracker.verify();
} catch (e) {
  console.log(Object.keys(e).filter((k) => !k.startsWith('stack')));
  console.log(e['message 0'], e['operator 0']);
}
tracker.reset(c2);
console.log(tracker.getCalls(c2).length);
tracker.reset();
console.log(tracker.getCalls(c).length);
show(() => tracker.calls(foo, 0));
show(() => tracker.calls(foo, 1.5));
show(() => tracker.getCalls(foo));
show(() => tracker.reset(foo));
