// util.parseArgs errors: unknown options, missing and ambiguous values,
// positionals in strict mode, invalid configuration.
const { parseArgs } = require('util');

function show(config) {
  try {
    parseArgs(config);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o' },
};
show({ args: ['--nope'], options });
show({ args: ['-n'], options, allowPositionals: true });
show({ args: ['pos'], options });
show({ args: ['--out'], options });
show({ args: ['-o'], options });
show({ args: ['--verbose=yes'], options });
show({ args: ['-o', '-v'], options });
show({ args: ['--out', '--verbose'], options });
show({ args: ['--no-out'], options, allowNegative: true });
show({ args: ['--no-verbose=1'], options, allowNegative: true });
show({ args: ['--no-verbose'], options });
show({ options: { x: { type: 'number' } } });
show({ options: { x: { type: 'string', short: 'xy' } } });
show({ options: { x: { type: 'string', short: 1 } } });
show({ options: { x: { type: 'string', multiple: 1 } } });
show({ options: { x: { type: 'string', default: 1 } } });
show({ options: { x: { type: 'string', multiple: true, default: ['a', 1] } } });
show({ options: { x: { type: 'boolean', multiple: true, default: 'a' } } });
show({ options: { x: 1 } });
show({ options: 1 });
show({ args: 'x' });
show({ strict: 'x' });
show({ tokens: 1 });
show({ allowPositionals: 1 });
show({ allowNegative: 1 });
show(1);
show({ args: ['--x'], options: { x: {} } });
