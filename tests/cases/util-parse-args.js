// util.parseArgs: short groups, inline values, multiple, defaults, tokens,
// negation with allowNegative, non-strict mode.
const { parseArgs, inspect } = require('util');

function show(config) {
  try {
    console.log(inspect(parseArgs(config), { depth: 4, breakLength: 120 }));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  force: { type: 'boolean', short: 'f' },
  out: { type: 'string', short: 'o' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  flags: { type: 'boolean', multiple: true, default: [false] },
};

show({ args: ['-vf', '-o', 'file.txt', 'input'], options, allowPositionals: true });
show({ args: ['-vfofile', '--tag=a', '-tb', '--tag', 'c'], options });
show({ args: ['--out=', '--level', 'debug', '--flags', '--flags'], options });
show({ args: ['-v', '--', '--not-an-option', '-x'], options, allowPositionals: true, tokens: true });
show({ args: ['-o', '-'], options });
show({ args: ['--no-verbose', '--no-force'], options, allowNegative: true, tokens: true });
show({ args: ['--no-verbose'], options, allowNegative: true, strict: false });
show({ args: ['--unknown', '-xyz', '--k=v', 'pos', '-o'], options, strict: false, tokens: true });
show({ args: ['--verbose', '--verbose'], options });
show({ args: [], options });
show({ args: ['--__proto__', '--constructor'], strict: false });
show({ args: ['-', '', 'x'], allowPositionals: true });
show({ args: ['---x', '--=', '-='], strict: false, tokens: true });
const r = parseArgs({ args: ['--out', 'x'], options });
console.log(Object.getPrototypeOf(r.values), Object.keys(r));
process.argv.push('--verbose');
show({ options });
