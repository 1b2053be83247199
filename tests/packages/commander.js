// commander: options, subcommands and help text, parsing fixed argv arrays.
const { Command, Option, InvalidArgumentError } = require('commander');

const out = [];
const program = new Command();
program
  .name('tool')
  .description('A test tool')
  .version('1.0.0')
  .option('-d, --debug', 'output extra debugging')
  .option('-s, --size <size>', 'pizza size', 'small')
  .addOption(new Option('-c, --cheese <type>', 'cheese').choices(['mild', 'strong']))
  .option('-n, --num <n>', 'a number', (v) => {
    const n = Number(v);
    if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
    return n;
  })
  .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => out.push(`ERR:${s}`) })
  .exitOverride();
program.allowExcessArguments().parse(['-d', '-s', 'large', '-n', '7', '-c', 'mild', 'extra'], { from: 'user' });
console.log(program.opts(), program.args);
try {
  program.parse(['-c', 'blue'], { from: 'user' });
} catch (e) {
  console.log(e.code, e.exitCode);
}
console.log(program.helpInformation());

const cli = new Command('cli').exitOverride()
  .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => out.push(`ERR:${s}`) });
cli.command('serve <port>').description('start').option('--host <h>', 'host', 'localhost')
  .action((port, opts) => console.log('serve', port, opts));
cli.command('stop').action(() => console.log('stop'));
cli.parse(['serve', '8080', '--host', '0.0.0.0'], { from: 'user' });
cli.parse(['stop'], { from: 'user' });
try {
  cli.parse(['nope'], { from: 'user' });
} catch (e) {
  console.log(e.code);
}
console.log(cli.helpInformation());
console.log(out.join('|'));
