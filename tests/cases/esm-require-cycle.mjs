// require() of an ES module that is still being evaluated (a cycle through
// CommonJS) throws ERR_REQUIRE_CYCLE_MODULE.
import '../fixtures/modules/esm/cycle/cycle-a.mjs';

console.log(globalThis.__cycleOrder);
