// Error.stackTraceLimit controls the number of frames.
console.log(typeof Error.stackTraceLimit, Error.stackTraceLimit);
function deep(n) {
  if (n === 0) return new Error('deep');
  return deep(n - 1);
}
Error.stackTraceLimit = 0;
console.log(JSON.stringify(deep(5).stack));
Error.stackTraceLimit = 2;
console.log(deep(20).stack.split('\n').filter((l) => l.startsWith('    at ')).length);
Error.stackTraceLimit = 5;
console.log(deep(20).stack.split('\n').filter((l) => l.startsWith('    at ')).length);
