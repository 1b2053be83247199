// WHATWG URL errors: ERR_INVALID_URL (input, base), ERR_MISSING_ARGS, canParse, URL.parse.
Error.stackTraceLimit = 0;
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base),
      Object.keys(e));
  }
}
t('no args', () => new URL());
t('relative', () => new URL('x'));
t('bad base', () => new URL('x', 'y'));
t('undefined base', () => new URL('x', undefined));
t('null base', () => new URL('x', null));
t('bad port', () => new URL('http://a:99999'));
t('bad host', () => new URL('http://a b'));
t('bad ipv6', () => new URL('http://[::1'));
t('href setter', () => { const u = new URL('http://a'); u.href = 'nope'; });
t('canParse none', () => URL.canParse());
t('canParse', () => [URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('http://a')]);
t('parse none', () => URL.parse());
t('parse', () => [URL.parse('x'), URL.parse('x', 'http://a/b').href]);
t('createObjectURL', () => URL.createObjectURL({}));
t('revokeObjectURL', () => URL.revokeObjectURL('blob:nodedata:1'));
t('revokeObjectURL none', () => URL.revokeObjectURL());
try {
  new URL(Symbol('s'));
} catch (e) {
  console.log('symbol', e.name);
}
t('object input', () => new URL({ toString() { return 'http://obj/'; } }).href);
t('e instanceof', () => { try { new URL('x'); } catch (e) { return e instanceof TypeError; } });
