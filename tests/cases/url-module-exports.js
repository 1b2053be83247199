// The export list of node:url and the lengths of its functions.
const url = require('url');
console.log(Object.keys(url));
for (const k of Object.keys(url)) console.log(k, typeof url[k], url[k].length);
console.log(require('node:url') === url);
