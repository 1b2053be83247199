// util.inspect colors option emits ANSI escape codes per type.
const util = require('util');
const show = (v) => JSON.stringify(util.inspect(v, { colors: true }));
console.log(show(1));
console.log(show('str'));
console.log(show(true));
console.log(show(null));
console.log(show(undefined));
console.log(show(Symbol('s')));
console.log(show(10n));
console.log(show(/re/));
console.log(show(new Date(0)));
console.log(show({ a: 1, b: 'x', c: [null], d: () => {} }));
console.log(show(new Map([[1, 'one']])));
console.log(show({ get g() { return 1; } }));
console.log(JSON.stringify(util.inspect.colors.red), JSON.stringify(util.inspect.styles.number));
