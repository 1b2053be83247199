// Importing a relative ES module: named, default and live bindings.
import lib, { named, double, live, bump } from '../fixtures/esm-lib.mjs';
import * as ns from '../fixtures/esm-lib.mjs';
console.log(named, double(21), lib);
console.log(live);
bump();
console.log(live, ns.live);
console.log(Object.keys(ns).sort());
console.log(ns[Symbol.toStringTag]);
const dyn = await import('../fixtures/esm-lib.mjs');
console.log(dyn === ns);
