// minimist: argument parsing.
const parse = require('minimist');

console.log(parse(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
console.log(parse(['--no-color', '--name', 'x', '--', '--not-a-flag'], { '--': true }));
console.log(parse(['-v', '--count', '2', 'file'], {
  boolean: ['v'], string: ['count'], alias: { v: 'verbose' }, default: { level: 1 },
}));
console.log(parse(['--a.b=1', '--a.c', '2', '--list', 'x', '--list', 'y']));
console.log(parse(['--unknown', '-z'], { unknown: (arg) => arg !== '-z' }));
