// querystring.unescapeBuffer: percent-decoding into a Buffer, with and without decodeSpaces.
const qs = require('querystring');
console.log(qs.unescapeBuffer('a%20b+c%zz%E9', true));
console.log(qs.unescapeBuffer('a%20b+c'), qs.unescapeBuffer('%41%4'), qs.unescapeBuffer('%'));
console.log(Buffer.isBuffer(qs.unescapeBuffer('x')), qs.unescapeBuffer('%C3%A9').toString());
console.log(qs.unescapeBuffer('\u00e9\u4e2d'));
