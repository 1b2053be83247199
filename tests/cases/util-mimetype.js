// util.MIMEType and MIMEParams: parsing, serialisation, setters, errors.
const { MIMEType, MIMEParams, inspect } = require('util');

function show(fn) {
  try {
    const r = fn();
    console.log(typeof r === 'string' ? JSON.stringify(r) : inspect(r));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}

const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar;;baz');
console.log(String(m), m.type, m.subtype, m.essence, [...m.params], m.params.get('charset'), JSON.stringify(m));
console.log(inspect(m), inspect(m.params), Object.keys(m));
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
for (const input of [' \t text/plain ; a = b ; c="d\\"e" ; f="g" h ;', 'text/plain;a="x;y";b=\u00e9',
  'text/plain;a=;b="";c', 'text/plain;A=1;a=2', 'text/plain;a="unterminated', 'text/plain;a="x\\',
  'TEXT/PLAIN;CHARSET=UTF-8', 'a/b;c=d e', 'a/b;x=\u0100', 'x/y\n', 'a/b;  ;  x=1']) {
  show(() => String(new MIMEType(input)));
}
show(() => new MIMEType('text'));
show(() => new MIMEType('/html'));
show(() => new MIMEType('te xt/html'));
show(() => new MIMEType('text/ht ml'));
show(() => new MIMEType(''));
show(() => new MIMEType('text/'));
show(() => new MIMEType('x-y '));
show(() => new MIMEType('\u00e9/b'));
show(() => String(new MIMEType({ toString() { return 'a/b'; } })));
show(() => { m.type = 'application'; m.subtype = 'JSON'; return m.toString(); });
show(() => { m.type = 'bad type'; });
show(() => { m.type = ''; });
show(() => { m.subtype = 'x/y'; });
show(() => {
  m.params.set('q', 'has space');
  m.params.set('r', '');
  m.params.set('s', 'a"b\\c');
  return m.toString();
});
show(() => { m.params.set('bad key', 'x'); });
show(() => { m.params.set('k', 'bad\u0000'); });
show(() => { m.params.set('', 'x'); });
show(() => {
  m.params.delete('q');
  return [m.params.has('q'), m.params.has('r'), [...m.params.keys()], [...m.params.values()], [...m.params.entries()]];
});
show(() => { const p = new MIMEParams(); p.set('A', 1); p.set(2, 'b'); return [p.toString(), JSON.stringify(p), p.get('A'), p.get(2), p.get('2')]; });
show(() => m.params.get('nope'));
show(() => typeof m.params[Symbol.iterator]);
