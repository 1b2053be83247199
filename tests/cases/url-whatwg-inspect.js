// util.inspect / console.log of URL objects: top level, nested, depth limits, subclasses.
const util = require('util');
const u = new URL('https://user:pw@a.com:8080/p/a?x=1&y=2#h');
console.log(u);
console.log([u]);
console.log({ a: { b: u } });
console.log({ a: { b: { c: u } } });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect(new URL('http://x/'), { depth: -1 }));
class MyURL extends URL {}
console.log(new MyURL('http://y'));
console.log(util.inspect(new URL('file:///tmp/a b'), { compact: false, breakLength: 200 }));
console.log(`${u}`, String(u), u.toString() === u.href, JSON.stringify({ u }));
