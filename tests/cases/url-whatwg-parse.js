// WHATWG URL parsing: every component of special, file, opaque and IP URLs.
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'hash'];
const inputs = [
  'http://a.com', 'HTTP://USER:PASS@EXAMPLE.COM:80/a/../b/./c?x=1 2#f g',
  'https://ex.com:443/', 'ftp://x:21/', 'ws://x:80', 'wss://x:443/a',
  'file:///C:/x', 'file://localhost/etc', 'file:x', 'blob:https://a.com/uuid',
  'data:text/plain,hi there', 'mailto:a@b.com', 'javascript:alert(1)',
  'non-spec:/.//p', 'foo://h/p?q#f', 'http://[::1]:8080/',
  'http://[0:0:0:0:0:ffff:7f00:1]/', 'http://0x7f.1/', 'http://2130706433/',
  'http://1.2.3/', 'http://español.com/ñ?ñ=ñ#ñ', 'http://a.com/%zz%41',
  'http://a.com/\u0000\t\n x', '  http://a.com/  ', 'http://a\\b\\c',
  'sc://ñ.com/', 'http://@host', 'http://u:@host', 'http://:p@host',
  'http://a.com.', 'http://A.COM/%7e', 'http://ex.com/\u{1F600}',
  'urn:isbn:0451450523', 'http://ex.com/foo/%2e%2E/bar', 'file:///a/../../b',
  'file://host/share/x', 'http://[::ffff:1.2.3.4]/', 'http://x.com/ ?q= #h ',
  'http://🙂.com/', 'http://xn--ls8h.la/', 'http://09.1/',
];
for (const input of inputs) {
  const u = new URL(input);
  console.log(JSON.stringify(input));
  console.log('  ' + keys.map((k) => `${k}=${JSON.stringify(u[k])}`).join(' '));
}
