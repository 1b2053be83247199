// Importing a CommonJS module from ESM yields module.exports as default.
import cjs from '../fixtures/cjs-for-esm.js';
import { createRequire } from 'node:module';
console.log(cjs.fromCjs, cjs.greet('esm'));
const require = createRequire(import.meta.url);
console.log(require('../fixtures/cjs-for-esm.js') === cjs);
console.log(require('../fixtures/data.json').name);
