// require() of a relative .js file, with and without the extension.
const math = require('../fixtures/math.js');
const again = require('../fixtures/math');
console.log(math === again);
console.log(math.add(2, 3), math.PI_ISH, math.loadCount);
console.log(math.isMain, math.filenameBase, math.dirnameBase);
console.log(Object.keys(math));
