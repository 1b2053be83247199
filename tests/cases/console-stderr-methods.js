// compare: stdout exit stderr
// console.error/warn/trace-free stderr output is deterministic.
console.error('error', 1, { a: 2 });
console.warn('warn %s', 'formatted');
console.log('stdout line');
console.error();
console.assert(false, 'assertion %s', 'formatted');
console.assert(false);
console.assert(true, 'never printed');
console.assert(0, { obj: 1 });
