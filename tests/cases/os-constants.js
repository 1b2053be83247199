// os.constants: signals, errno, priority, dlopen and the property descriptors around them.
const os = require('os');
console.log(os.constants);
console.log(Object.getOwnPropertyDescriptor(os, 'constants').writable,
  Object.getOwnPropertyDescriptor(os, 'constants').configurable);
console.log(Object.getPrototypeOf(os.constants), Object.getPrototypeOf(os.constants.signals));
console.log(os.constants.signals.SIGTERM === 15, os.constants.errno.ENOENT === 2);
console.log(Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
