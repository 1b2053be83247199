// __filename / __dirname (only basenames are printed).
const path = require('path');
console.log(path.basename(__filename));
console.log(path.basename(__dirname));
console.log(path.isAbsolute(__filename), path.dirname(__filename) === __dirname);
console.log(__filename === module.filename);
console.log(path.extname(__filename));
