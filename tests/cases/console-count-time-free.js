// compare: stdout exit stderr
// console.count / countReset (time* output is nondeterministic and omitted).
console.count();
console.count();
console.count('label');
console.count('default');
console.count('label');
console.countReset('label');
console.count('label');
console.countReset('never-counted');
console.count(undefined);
console.count(null);
console.count({});
