// picocolors: colour functions with colours forced on and off.
const pc = require('picocolors');

const on = pc.createColors(true);
const off = pc.createColors(false);
console.log(JSON.stringify(on.red('r')), JSON.stringify(on.bold(on.green('g'))), JSON.stringify(on.bgBlue(on.white('w'))));
console.log(JSON.stringify(on.red(`a ${on.blue('b')} c`)), JSON.stringify(off.red('plain')), pc.isColorSupported);
console.log(Object.keys(on).length, typeof pc.createColors);
