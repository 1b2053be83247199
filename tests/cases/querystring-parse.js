// querystring.parse: repeated keys, empty pairs, bad escapes, '+', prototype keys.
const qs = require('querystring');
const show = (x) => console.log(x, Object.getPrototypeOf(x));
show(qs.parse('&&a=1&=&b&=x&y=&a=2&a=3&c=%zz&d=%E9&e=a+b&f=%2B'));
show(qs.parse('a=1==2&b'));
show(qs.parse('__proto__=1&constructor=2&hasOwnProperty=3&toString'));
show(qs.parse(5));
show(qs.parse(''));
show(qs.parse('a=%F0%9F%98%80&b=%uD83D&c=%'));
show(qs.parse('a[]=1&a[]=2&o[k]=v'));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
