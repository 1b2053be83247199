// Proxies are inspected as their target; showProxy reveals them.
const util = require('util');
const target = { a: 1 };
const handler = { get: () => 'trapped' };
const p = new Proxy(target, handler);
console.log(p);
console.log(util.inspect(p, { showProxy: true }));
console.log(util.types.isProxy(p), util.types.isProxy(target));
console.log(new Proxy([1, 2], {}));
console.log(new Proxy(function f() {}, {}));
