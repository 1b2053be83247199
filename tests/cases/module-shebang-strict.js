// A shebang line is ignored; 'use strict' applies to the module; `this` is
// module.exports; a top-level return ends the module.
console.log(require('../fixtures/modules/cjs/shebang'));
console.log(require('../fixtures/modules/cjs/sloppy'));
console.log(require('../fixtures/modules/cjs/returns-value'));
console.log(this === module.exports, this === exports);
