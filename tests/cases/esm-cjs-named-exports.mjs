// Importing CommonJS: default is module.exports, plus the names a static scan
// of the source finds (assignments, defineProperty, literals, re-exports).
import cjs, { plain, viaModule, getter, __esModule } from '../fixtures/modules/app/node_modules/cjs-named/index.js';
import * as ns from '../fixtures/modules/app/node_modules/cjs-named/index.js';
import * as literal from '../fixtures/modules/app/node_modules/cjs-named/literal.js';
import * as reexport from '../fixtures/modules/app/node_modules/cjs-named/reexport.js';
import * as star from '../fixtures/modules/app/node_modules/cjs-named/star.js';
import * as babel from '../fixtures/modules/app/node_modules/cjs-named/babel.js';
import * as esbuild from '../fixtures/modules/app/node_modules/cjs-named/esbuild.js';
import greet, { extra } from '../fixtures/modules/app/node_modules/cjs-named/function.js';

console.log(plain, viaModule, getter, __esModule, cjs.default, cjs.computed);
console.log(Object.keys(ns), ns.default === cjs, ns.conditional, ns.later, ns.notHere);
console.log(Object.keys(literal), literal.a, literal.b, typeof literal.c, literal.e);
console.log(Object.keys(reexport), reexport.plain);
console.log(Object.keys(star), star.own, star.a);
console.log(Object.keys(babel), babel.a);
console.log(Object.keys(esbuild), esbuild.alpha, esbuild.beta);
console.log(greet('esm'), extra, Object.keys(await import('../fixtures/modules/app/node_modules/cjs-named/function.js')));
