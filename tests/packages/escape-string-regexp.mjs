// escape-string-regexp 5 (ESM only).
import escapeStringRegexp from 'escape-string-regexp';

const escaped = escapeStringRegexp('How much $ for a 🦄? (a|b) [c] {d} ^e. \\f -g');
console.log(escaped);
console.log(new RegExp(escapeStringRegexp('a.b*c')).test('a.b*c'), new RegExp(escapeStringRegexp('a.b')).test('axb'));
try {
  escapeStringRegexp(1);
} catch (e) {
  console.log(e.name, e.message);
}
