// util.inspect showHidden option.
const util = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 'secret', enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 2, enumerable: false });
console.log(util.inspect(o));
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.inspect(o, true));
