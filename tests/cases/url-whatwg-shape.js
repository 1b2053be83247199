// Shape of URL and URLSearchParams: prototype properties, lengths, tags, globals.
for (const C of [URL, URLSearchParams]) {
  const d = Object.getOwnPropertyDescriptors(C.prototype);
  for (const k of Reflect.ownKeys(d)) {
    const x = d[k];
    console.log(C.name, String(k), 'value' in x ? typeof x.value : `accessor${x.set ? '+set' : ''}`,
      x.writable, x.enumerable, x.configurable);
  }
  for (const k of Object.getOwnPropertyNames(C)) {
    const x = Object.getOwnPropertyDescriptor(C, k);
    console.log('static', C.name, k, typeof x.value, x.writable, x.enumerable, x.configurable);
  }
}
console.log(URL.length, URLSearchParams.length, URLSearchParams.prototype.append.length,
  URLSearchParams.prototype.delete.length, URLSearchParams.prototype.forEach.length,
  URL.canParse.length, URL.parse.length);
const ip = Object.getPrototypeOf(new URLSearchParams().keys());
console.log(Reflect.ownKeys(ip).map(String), Object.getOwnPropertyDescriptor(ip, 'next').enumerable,
  Object.getPrototypeOf(ip) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
const url = require('url');
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, typeof globalThis.URL);
console.log(Object.keys(new URL('http://a')), Object.keys(new URLSearchParams('a=1')));
console.log(Object.prototype.toString.call(new URL('http://a')));
