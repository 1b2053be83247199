// console.log inspects objects to depth 2; deeper levels show [Object]/[Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[1, 2]]]]);
console.log([[[[]]]]);
console.log({ l1: { l2: { l3: { l4: { l5: 'deep' } } }, sibling: 'x' }, top: true });
class Deep { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Deep() } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
