// Sparse arrays and arrays with extra properties.
console.log([1, , 3]);
console.log([, , ,]);
console.log(new Array(5));
const a = [1, 2];
a[10] = 11;
console.log(a);
const b = [1, 2];
b.name = 'named';
b[-1] = 'negative';
console.log(b);
console.log(Object.assign([], { length: 0, foo: 'bar' }));
console.log({ length: 2, 0: 'a', 1: 'b' });
