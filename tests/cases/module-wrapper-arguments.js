// The CommonJS wrapper passes (exports, require, module, __filename, __dirname).
console.log(arguments.length);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname);
// Top-level return is allowed in CommonJS.
return;
console.log('unreachable');
