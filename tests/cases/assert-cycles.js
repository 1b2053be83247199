// Deep equality of cyclic structures: objects, arrays, Sets and Maps that
// refer to themselves or to each other.
const { isDeepStrictEqual } = require('util');
const assert = require('assert');

const mk = (f) => f();
const cases = {
  selfSelf: mk(() => { const a = {}; a.a = a; const b = {}; b.a = b; return [a, b]; }),
  selfVsTwoStep: mk(() => { const a = {}; a.a = a; const b = {}; b.a = { a: b }; return [a, b]; }),
  selfVsFinite: mk(() => { const a = {}; a.a = a; return [a, { a: { a: 1 } }]; }),
  withValues: mk(() => { const a = { x: 1 }; a.a = a; const b = { x: 1 }; b.a = { x: 2, a: b }; return [a, b]; }),
  arrays: mk(() => { const a = []; a.push(a, 1); const b = []; b.push([b, 1], 1); return [a, b]; }),
  arraysDiff: mk(() => { const a = []; a.push(a, 1); const b = []; b.push([b, 2], 1); return [a, b]; }),
  sets: mk(() => { const a = new Set(); a.add(a); const b = new Set(); b.add(b); return [a, b]; }),
  maps: mk(() => { const a = new Map(); a.set(1, a); const b = new Map(); b.set(1, new Map([[1, b]])); return [a, b]; }),
  mutual: mk(() => { const a = {}; const b = {}; a.n = b; b.n = a; const c = {}; c.n = c; return [a, c]; }),
  shared: mk(() => { const x = {}; return [{ l: x, r: x }, { l: {}, r: {} }]; }),
};
for (const [name, [a, b]] of Object.entries(cases)) {
  console.log(name, isDeepStrictEqual(a, b), isDeepStrictEqual(b, a));
}

const a = { name: 'a' };
a.self = a;
try {
  assert.deepStrictEqual(a, { name: 'a', self: {} });
} catch (e) {
  console.log(e.message);
}
