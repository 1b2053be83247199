// Symbols as values and as keys.
console.log(Symbol('desc'));
console.log(Symbol());
console.log(Symbol.iterator);
console.log(Symbol.for('registered'));
console.log([Symbol('in array')]);
const k = Symbol('key');
console.log({ [k]: 1, normal: 2 });
console.log({ [Symbol()]: 'empty symbol key' });
console.log(String(Symbol('s')), Symbol('d').description);
