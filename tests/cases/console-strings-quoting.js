// String quoting and escaping inside inspected values.
console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `']);
console.log({ s: 'line1\nline2', t: 'tab\there', u: '\u0001\u007f', b: 'back\\slash' });
console.log(['unicode é ü 日本', '\ud83d\ude00', 'lone \ud800 surrogate']);
console.log({ 'key with space': 1, valid_id: 2, '0': 3, '1a': 4, 'a-b': 5, $dollar: 6 });
console.log('top-level strings are not quoted: \'q\' "dq"');
const long = 'x'.repeat(120);
console.log([long]);
console.log({ long: 'word '.repeat(30) });
