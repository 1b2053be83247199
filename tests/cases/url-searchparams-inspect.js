// util.inspect of URLSearchParams and its iterators, including line breaking and depth.
const util = require('util');
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb=2222222222222222222222222222222222&c=3333333333333333333333333333333333333333333&d'));
console.log(util.inspect(new URLSearchParams('a=1&b=2'), { breakLength: 10 }));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log({ a: { b: new URLSearchParams('x=1') } }, { a: { b: { c: new URLSearchParams('x=1') } } });
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1&b=2').values());
console.log(new URLSearchParams('a=1&b=2').entries());
const it = new URLSearchParams('a=1').entries();
it.next();
it.next();
console.log(it);
console.log(util.inspect({ x: new URLSearchParams('a=1&b=2').keys() }, { breakLength: 20 }));
class P extends URLSearchParams {}
console.log(new P('a=b'), [new URLSearchParams('q="x"')]);
