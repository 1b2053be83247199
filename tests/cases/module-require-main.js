// require.main is the entry module.
console.log(require.main === module);
const math = require('../fixtures/math');
console.log(math.isMain);
console.log(typeof require.resolve, typeof require.cache);
const path = require('path');
console.log(path.basename(require.main.filename));
