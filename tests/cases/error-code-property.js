// Errors carry a .code property, both user-defined and Node's own.
const e = new Error('custom');
e.code = 'E_CUSTOM';
console.log(e.code, e.message, Object.keys(e));
try {
  require('./definitely-not-here-xyz');
} catch (err) {
  console.log(err.code, err instanceof Error);
}
try {
  setTimeout(null);
} catch (err) {
  console.log(err.code, err.name);
}
try {
  require('util').inspect.defaultOptions = null;
} catch (err) {
  console.log(err.code, err.name);
}
