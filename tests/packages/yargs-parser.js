// yargs-parser: options, aliases, types and detailed parsing.
const parser = require('yargs-parser');

console.log(parser(['--foo', 'bar', '-x', '2', '--no-debug', 'pos']));
console.log(parser('--name=coil --count 3 -vvv --list a b c', {
  number: ['count'], count: ['v'], array: ['list'], alias: { name: ['n'] },
}));
console.log(parser(['--camel-case', 'x', '--dotted.key', '1', '--', 'rest']), parser(['--json', '{"a":1}'], { coerce: { json: JSON.parse } }));
const detailed = parser.detailed(['--num', 'abc'], { number: ['num'] });
console.log(detailed.argv, detailed.error, Object.keys(detailed.aliases));
console.log(parser(['--a', '--b', 'false'], { boolean: ['a', 'b'], configuration: { 'strip-dashed': true } }));
