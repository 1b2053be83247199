// globalThis, global and module-scope bindings in CommonJS.
console.log(globalThis === global, global.global === global);
console.log(typeof window, typeof self, typeof document);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log('require' in globalThis, 'module' in globalThis);
var topVar = 1;
console.log('topVar' in globalThis);
globalThis.madeGlobal = 'yes';
console.log(madeGlobal);
console.log(Object.prototype.toString.call(globalThis));
console.log(typeof globalThis.process, globalThis.process === process, globalThis.console === console);
