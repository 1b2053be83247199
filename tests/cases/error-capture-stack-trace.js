// Error.captureStackTrace installs a .stack on arbitrary objects.
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
const m = { message: 'hello', name: 'Custom' };
Error.captureStackTrace(m);
console.log(m.stack.split('\n')[0]);
function MyErr(msg) {
  this.message = msg;
  Error.captureStackTrace(this, MyErr);
}
MyErr.prototype = Object.create(Error.prototype);
MyErr.prototype.name = 'MyErr';
const e = new MyErr('constructed');
console.log(e.stack.split('\n')[0], e instanceof Error);
console.log('stack' in o, typeof Error.captureStackTrace);
