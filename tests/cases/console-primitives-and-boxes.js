// Primitives, boxed primitives, dates and regexps.
console.log([1, -0, NaN, 1.5e300, -1e-300, 10n, true, null, undefined]);
console.log(new Number(3), new String('ab'), new Boolean(false));
console.log(Object(Symbol('boxed')), Object(10n));
const s = new String('xy');
s.extra = 1;
console.log(s);
console.log(new Date(0));
console.log(new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)));
console.log([new Date(86400000)]);
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/], new RegExp('a/b'));
const re = /r/;
re.prop = 1;
console.log(re);
console.log(Math, JSON, globalThis.Reflect === Reflect);
