// known-divergence: Boa 0.22 keeps no source text for class constructors, so Function.prototype.toString of a class (and %s of it) cannot print `class K {}`
// util.format %s of a class prints its source, as Function.prototype.toString does.
const { format } = require('util');
console.log(format('%s', class K {}));
console.log(String(class A { m() {} }));
