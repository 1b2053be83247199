// import.meta and the absence of CommonJS bindings in ES modules.
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm-import-meta.mjs'));
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(this === undefined);
console.log(typeof import.meta);
