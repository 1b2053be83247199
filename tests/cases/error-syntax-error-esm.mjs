// A syntax error in an ES module: nothing runs, exit status 1.
console.log('must not print');
export const = 1;
