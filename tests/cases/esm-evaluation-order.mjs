// CommonJS and ES modules run in import order; a CommonJS module runs when the
// graph reaches it, not while it is being resolved.
import '../fixtures/modules/esm/order-a.mjs';
import { b } from '../fixtures/modules/esm/order-b.cjs';
import '../fixtures/modules/esm/order-c.mjs';
import { ready } from '../fixtures/modules/esm/tla-dep.mjs';

console.log(globalThis.__order, b, ready);
