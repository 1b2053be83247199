// compare: stdout exit stderr
// A circular require sees the partial exports; reading a property that is
// not there yet warns.
const a = require('../fixtures/modules/cjs/circular-a');
console.log(a);
require('../fixtures/modules/cjs/circular-warn-a');
