// Legacy url.parse hostnames through IDNA: punycode, invalid labels, lone surrogates, userinfo encoding.
const url = require('url');
const inputs = ['http://xn--iñvalid.com/', 'http://a\u00a0b.com/', 'http://ü%.com', 'http://ü_x.com',
  'http://ü..com', 'http://üx.com.', 'http://-ü.com', 'http://ü\u200b.com', 'http://ÜX.COM',
  'http://ü:80', 'http://ü\ufffd.com', 'http://\u3002.com', 'http://a\u3002b.com',
  `http://ü${'x'.repeat(70)}.com`, 'http://ü@x.com', 'http://xn--zz.com/', 'http://xn--a.com/',
  'http://xn--.com/', 'http://１２７.0.0.1/', 'http://0x7f.1/', 'http://ü.0x7f/', 'http://a*b.com/',
  'http://xn--espaol-zwa.com/', 'http://\ud800.com/', 'http://a.com/\ud800x', 'http://a\udc00b@c/',
  'http://ab\u00e9:c\u00e9@h/'];
for (const s of inputs) {
  try {
    const u = url.parse(s);
    console.log(JSON.stringify(s), JSON.stringify(u.host), JSON.stringify(u.pathname), JSON.stringify(u.href));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code);
  }
}
console.log(url.format({ protocol: 'http', auth: 'a\udc00b', host: 'h' }));
try {
  url.format({ protocol: 'http', auth: 'a\ud800', host: 'h' });
} catch (e) {
  console.log(e.code);
}
