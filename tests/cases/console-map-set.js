// Map and Set formatting.
console.log(new Map());
console.log(new Set());
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]], [3, new Map([[4, 5]])]]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log({ m: new Map([['x', { y: { z: 1 } }]]) });
const m = new Map([[1, 1]]);
m.extra = 'prop';
console.log(m);
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)).size);
console.log(new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, 'value' + i])));
