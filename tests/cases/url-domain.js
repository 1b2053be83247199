// url.domainToASCII / url.domainToUnicode for IDNs, IPs and invalid hosts.
const url = require('url');
for (const d of ['español.com', '中文.com', 'xn--iñvalid.com', '127.0.0.1', '[::1]', 'EXAMPLE.com',
  'a b', '', '1.2.3', 'xn--ls8h.la', '0x7f.1', 'a..b', 'ab--c.com', '-x.com', 'ÀÁ.com',
  'münchen.de', 'xn--mnchen-3ya.de', 'a.b.c.']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
console.log(url.domainToASCII(5), url.domainToUnicode(null));
try {
  url.domainToASCII();
} catch (e) {
  console.log(e.code, e.message);
}
