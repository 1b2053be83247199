// util.parseEnv: the .env format (quotes, comments, export, multi-line
// values, CRLF), with keys in sorted order.
const { parseEnv } = require('util');

const inputs = [
  'A=1\nB=2',
  'B=1\nA=2\na=3\n_=4\n1=5',
  'A = 1 ',
  'export A=1\n  export   B = x y  ',
  '#comment\nA=1 # trailing comment\n# another',
  'A="quoted # not a comment" # comment',
  "A='single'\nB=`back`",
  'A="multi\nline"\nB=\'multi\nline\'',
  'A="esc\\nnew"\nB=\'esc\\nnew\'\nC=unq\\nuoted',
  'EMPTY=\nALSO=""\nSPACES=   ',
  'NOEQUALS\nA=1',
  '=1\nB=2',
  'A=1\r\nB=2\r\n',
  'A="unterminated\nB=2',
  'A= "x" \nB="a"b',
  'A=x=y\nA.B=1\na b=1',
  'A=1\nA=2',
  'A="x\\"y"',
  'A=#notcomment\nB= #c',
  'A=1\n =x',
  '\n\n  \nA=1\n\n',
  'A="  padded  "\nB= spaced value ',
  'A=x\tB=1',
  'A=${B}',
  "A='x' B=y",
  'x`=`=KEY',
  '',
  '   ',
];
for (const input of inputs) {
  console.log(JSON.stringify(input), JSON.stringify(parseEnv(input)));
}
try {
  parseEnv(1);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(Object.getPrototypeOf(parseEnv('A=1')) === Object.prototype);
