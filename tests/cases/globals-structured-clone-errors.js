// structuredClone throws DataCloneError for uncloneable values.
for (const bad of [() => {}, { fn() {} }, Symbol('s'), { sym: Symbol('x') }, new WeakMap()]) {
  try {
    structuredClone(bad);
    console.log('cloned?!');
  } catch (e) {
    console.log(e.name, e instanceof DOMException, e.code);
  }
}
try {
  structuredClone();
} catch (e) {
  console.log('no args:', e.name, e instanceof TypeError);
}
console.log(structuredClone(undefined));
