// A syntax error in the main script: nothing runs, exit status 1.
console.log('must not print');
let x = ;
