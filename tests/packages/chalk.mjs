// chalk 5 (ESM only): styles at forced colour levels; nothing written to a TTY.
import chalk, { Chalk, supportsColor } from 'chalk';

const c1 = new Chalk({ level: 1 });
const c3 = new Chalk({ level: 3 });
const c0 = new Chalk({ level: 0 });
console.log(JSON.stringify(c1.red('red')), JSON.stringify(c1.bold.underline.green('x')));
console.log(JSON.stringify(c3.hex('#ff8800')('hex')), JSON.stringify(c3.bgRgb(1, 2, 3)('bg')));
console.log(JSON.stringify(c1.blue(`a ${c1.yellow('b')} c`)), JSON.stringify(c0.red('plain')));
console.log(JSON.stringify(c3.visible('v')), JSON.stringify(c0.visible('v')));
console.log(typeof chalk.red, chalk.level, supportsColor);
