// structuredClone deep-copies supported values.
const src = {
  num: 1, str: 's', bool: true, nil: null, undef: undefined, big: 10n,
  date: new Date(0), re: /x/gi, arr: [1, [2, [3]]],
  map: new Map([['k', { v: 1 }]]), set: new Set([1, 2]),
  nested: { deep: { deeper: 'yes' } },
  typed: new Uint8Array([1, 2, 3]),
};
const c = structuredClone(src);
console.log(c);
console.log(c !== src, c.nested !== src.nested, c.map !== src.map, c.date !== src.date);
console.log(c.date instanceof Date, c.map instanceof Map, c.re instanceof RegExp, c.re.flags);
const cyc = { name: 'cycle' };
cyc.self = cyc;
cyc.list = [cyc];
const cc = structuredClone(cyc);
console.log(cc.self === cc, cc.list[0] === cc, cc !== cyc);
class Point { constructor() { this.x = 1; } }
const p = structuredClone(new Point());
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
console.log(structuredClone(42), structuredClone('str'), structuredClone(null));
const withAccessor = { get g() { return 'got'; } };
console.log(structuredClone(withAccessor));
const err = structuredClone(new RangeError('cloned error'));
console.log(err instanceof RangeError, err.message);
const shared = { s: 1 };
const twice = structuredClone({ a: shared, b: shared });
console.log(twice.a === twice.b);
