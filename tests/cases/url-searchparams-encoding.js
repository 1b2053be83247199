// URLSearchParams serialisation (application/x-www-form-urlencoded) and decoding edge cases.
const p = new URLSearchParams();
p.append("!'()~*-._ +", 'x=\u0000\n&');
p.append('é ü', '\u{1F600}');
p.append('a\uD800', 'b\uDC00');
p.append('', '');
console.log(p.toString());
console.log([...new URLSearchParams(p.toString())]);
console.log([...new URLSearchParams('a=%2B+%20&%E2%82=1&%=%&b=%C3')]);
console.log([...new URLSearchParams('&&&a&&b=&=c&')]);
console.log(new URLSearchParams({ 'a\uD800': 'b\uDC00' }).toString());
const u = new URL('http://h/?a=%7E~&b=+');
console.log(u.searchParams.get('a'), JSON.stringify(u.searchParams.get('b')), u.searchParams.toString());
