// Cyclic requires see partially-initialised exports.
const a = require('../fixtures/cycle-a');
console.log(a.fromA, '|', a.bSawA);
const b = require('../fixtures/cycle-b');
console.log(b.sawA);
