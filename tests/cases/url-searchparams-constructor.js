// URLSearchParams construction from strings, records, iterables and other params; tuple errors.
Error.stackTraceLimit = 0;
function t(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code || '', e.code ? e.message : '');
  }
}
t('undefined', () => new URLSearchParams(undefined).toString());
t('null', () => new URLSearchParams(null).toString());
t('number', () => new URLSearchParams(5).toString());
t('string ?', () => new URLSearchParams('?a=b&&c&=d&e=%zz&f=%C3%A9+x&g=%FF').toString());
t('entries', () => [...new URLSearchParams('?a=b&&c&=d&e=%zz&f=%C3%A9+x&g=%FF')]);
t('record', () => new URLSearchParams({ a: 1, b: [1, 2], c: undefined }).toString());
t('record symbol', () => new URLSearchParams({ a: 1, [Symbol('s')]: 3 }).toString());
t('record nonenum', () => new URLSearchParams(Object.defineProperty({ v: 1 }, 'h', { value: 2 })).toString());
t('map', () => new URLSearchParams(new Map([['a', 'b'], ['c', 'd']])).toString());
t('array', () => new URLSearchParams([['a', 'b'], ['a', 'c']]).toString());
t('generator', () => new URLSearchParams((function* () { yield ['g', 1]; yield new Set(['x', 'y']); })()).toString());
t('copy', () => { const a = new URLSearchParams('x=1'); const b = new URLSearchParams(a); b.append('y', 2); return [a.toString(), b.toString()]; });
t('short tuple', () => new URLSearchParams([[1]]));
t('long tuple', () => new URLSearchParams([[1, 2, 3]]));
t('non-iterable pair', () => new URLSearchParams([1]));
t('bad iterator', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
t('function', () => new URLSearchParams(Object.assign(function f() {}, { k: 'v' })).toString());
t('missing append', () => new URLSearchParams().append('a'));
t('missing get', () => new URLSearchParams().get());
t('missing set', () => new URLSearchParams().set('a'));
t('missing has', () => new URLSearchParams().has());
t('missing delete', () => new URLSearchParams().delete());
t('forEach', () => new URLSearchParams().forEach());
t('bad this get', () => URLSearchParams.prototype.get.call({}, 'a'));
t('bad this toString', () => URLSearchParams.prototype.toString.call({}));
t('bad this size', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
t('bad this keys', () => URLSearchParams.prototype.keys.call({}));
t('bad this next', () => new URLSearchParams('a=1').keys().next.call({}));
