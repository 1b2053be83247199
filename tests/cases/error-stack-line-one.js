const e = new Error('x'); console.log(e.stack.split('\n')[1].replace(/^.*\((.*)\)$|^\s*at /, '$1').replace(__dirname, '<dir>'));
// Above, on line 1 of a CommonJS module: the stack reports the file's column,
// not the module wrapper's (the wrapper shares line 1 with the source).
function f() { return new Error('y'); }
console.log(f().stack.split('\n')[1].replace(__dirname, '<dir>'));
