// Importing built-in modules in ESM (default and named).
import util, { format, inspect } from 'node:util';
import * as pathNs from 'path';
import { setTimeout as st } from 'timers';
import process2 from 'node:process';
console.log(format('%s=%d', 'x', 1), inspect({ a: [1] }));
console.log(util.format === format);
console.log(pathNs.basename('/a/b/c.txt'), typeof pathNs.default.join);
console.log(st === setTimeout, process2 === process);
