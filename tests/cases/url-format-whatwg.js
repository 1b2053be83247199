// url.format(URL, options): fragment, unicode, search and auth options.
Error.stackTraceLimit = 0;
const url = require('url');
const f = new URL('http://us:pw@xn--espaol-zwa.com:81/p?q=1#h');
console.log(url.format(f));
console.log(url.format(f, { unicode: true }));
console.log(url.format(f, { auth: false, search: false, fragment: false }));
console.log(url.format(f, { unicode: 1, auth: 0 }));
console.log(url.format(f, { fragment: null, search: undefined }));
console.log(url.format(new URL('file:///a')), url.format(new URL('mailto:a@b')));
console.log(url.format(new URL('http://[::1]:8/x'), { unicode: true }));
console.log(url.format(new URL('http://中文.com/中'), { unicode: true }), url.format(new URL('http://中文.com/')));
for (const opts of ['x', 5]) {
  try {
    url.format(f, opts);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
