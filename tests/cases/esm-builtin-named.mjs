// Builtins export their module.exports as default plus its own enumerable
// keys as named exports.
import fs, { readFileSync, existsSync } from 'node:fs';
import { EventEmitter, once } from 'events';
import * as pathNs from 'node:path';
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import process2, { nextTick } from 'node:process';

console.log(readFileSync === fs.readFileSync, typeof existsSync, typeof EventEmitter, typeof once);
console.log(pathNs.default.join === pathNs.join, Object.keys(pathNs).includes('default'), Object.keys(pathNs).includes('sep'));
console.log(typeof createRequire, builtinModules.length > 50, isBuiltin('node:fs'));
console.log(process2 === process, nextTick === process.nextTick);
const dyn = await import('node:util');
console.log(dyn.default === createRequire(import.meta.url)('util'), typeof dyn.inspect);
