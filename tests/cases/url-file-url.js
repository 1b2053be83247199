// fileURLToPath and pathToFileURL: encoding, errors, URL objects.
Error.stackTraceLimit = 0;
const url = require('url');
const path = require('path');
for (const v of [5, null, {}, 'http://x/a', 'file://host/a', 'file:///a%2fb', 'file:///a%2Fb',
  'file:///a%20b%C3%A9?q#h', new URL('file:///x/y'), 'file://localhost/etc', 'file:///a%zz',
  { href: 'file:///k', protocol: 'file:', hostname: '', pathname: '/k' }, 'not a url']) {
  try {
    console.log(JSON.stringify(url.fileURLToPath(v)));
  } catch (e) {
    console.log(e.name, e.code, e.code ? e.message : '');
  }
}
for (const v of [5, undefined, '/x/y/', '/x/y\\z', '/a/./b/../c/.', '/a/%2e%2e/b', '/tmp/a b?c#d%e\nx\ty"<>`{}|^[]é ;=@:,!$&\'()*+~']) {
  try {
    const r = url.pathToFileURL(v);
    console.log(r instanceof URL, r.href);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const rel = url.pathToFileURL('rel/x/');
console.log(rel.href === `file://${process.cwd()}/rel/x/`, rel.href.endsWith('/x/'));
console.log(url.fileURLToPath(url.pathToFileURL(__filename)) === __filename);
console.log(path.basename(url.fileURLToPath(url.pathToFileURL('/tmp/ü ö/%x.js'))));
console.log(url.pathToFileURL('/').href, url.pathToFileURL('/a/..//b').href);
