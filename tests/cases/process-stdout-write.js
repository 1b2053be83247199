// process.stdout.write writes without a trailing newline and returns a boolean.
process.stdout.write('no newline');
process.stdout.write(' | continued\n');
console.log(typeof process.stdout.write('x\n'));
process.stdout.write('');
process.stdout.write('done\n', () => {});
