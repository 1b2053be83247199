// console.log applies util.format to its arguments.
console.log('%s is %d years', 'Bob', 42);
console.log('a', 1, true, null, undefined, 2n);
console.log('obj', { x: 1 }, ['arr']);
console.log();
console.log('');
console.log('multi\nline');
console.log('  leading spaces', 'and\ttab');
console.log(-0, [-0], 0, NaN, Infinity, -Infinity);
console.log(123456789012345678901234567890);
console.log(0.1 + 0.2, 1e21, 1e-7, 2 ** 53);
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.error('error goes to stderr');
console.warn('warn goes to stderr');
