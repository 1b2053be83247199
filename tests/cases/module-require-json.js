// require() of a .json file parses it and caches the result.
const data = require('../fixtures/data.json');
console.log(data);
console.log(data === require('../fixtures/data.json'));
console.log(typeof data.version, data.list[2].nested);
