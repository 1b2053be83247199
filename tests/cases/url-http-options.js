// url.urlToHttpOptions for URLs with credentials, IPv6 hosts, ports and extra own properties.
const url = require('url');
console.log(url.urlToHttpOptions(new URL('http://us%20er:p%40ss@[::1]:8080/a/b?x=1#h')));
console.log(url.urlToHttpOptions(new URL('https://a.com')));
const o = new URL('https://a.com/p?q');
o.foo = 1;
console.log(url.urlToHttpOptions(o));
console.log(url.urlToHttpOptions(new URL('http://:pw@h/')).auth, url.urlToHttpOptions(new URL('http://u@h/')).auth);
console.log(url.urlToHttpOptions({}));
