// %s of objects whose classes are Node's (not ECMAScript built-ins) uses their
// toString, as for any user class.
const { format } = require('util');
console.log(format('%s|%s', Buffer.from('hi'), new URL('http://a/b?c')));
console.log(format('%s', new URLSearchParams('a=1&b=2')));
console.log(format('%s|%s', new Map([[1, 2]]), new Error('e').message));
