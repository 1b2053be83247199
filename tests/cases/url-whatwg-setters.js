// WHATWG URL setters: accepted and silently rejected values, for several schemes.
const keys = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const setters = {
  protocol: ['https', 'ftp:', 'foo', 'file', 'HTTP:', '1x', 'ws:x'],
  username: ['user', 'u s@r', '', 'é'],
  password: ['pass', 'p:a@s', ''],
  host: ['b.com', 'b.com:81', 'B.COM:', '[::2]:9', '', 'a b', 'x.com:99999', 'ñ.com'],
  hostname: ['b.com', 'c.com:82', '', '[::3]', 'é.com', 'a/b'],
  port: ['8080', '80', '', 'abc', '12ab', '99999', 8081, '-1'],
  pathname: ['/x/y', 'x', '/a b/%', '', '/../../z', '\\q'],
  search: ['?a=1', 'b=2', '', '?', '?c d#e'],
  hash: ['#h', 'g', '', '#', '#a b'],
};
for (const base of ['http://u:p@a.com:8000/p?q=1#f', 'mailto:x@y', 'file:///tmp/x', 'foo://h/p']) {
  console.log(base);
  for (const [k, vals] of Object.entries(setters)) {
    for (const v of vals) {
      const u = new URL(base);
      u[k] = v;
      console.log(`  ${k}=${JSON.stringify(v)} -> ${u.href} [${keys.map((x) => u[x]).join('|')}]`);
    }
  }
}
const u = new URL('http://a.com/');
u.href = 'https://b.org:444/x?y#z';
console.log(u.host, u.search, u.hash);
