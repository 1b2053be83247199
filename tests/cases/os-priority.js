// os.getPriority/setPriority on this process, argument validation and ESRCH system errors.
Error.stackTraceLimit = 0;
const os = require('os');
console.log(os.getPriority() === os.getPriority(0), os.getPriority(0) === os.getPriority(process.pid));
const start = os.getPriority();
os.setPriority(start + 1 > 19 ? 19 : start + 1);
console.log(os.getPriority() - start <= 1, os.getPriority(process.pid) === os.getPriority());
os.setPriority(process.pid, 19);
console.log(os.getPriority(), os.getPriority(0));
for (const f of [() => os.getPriority(999999999), () => os.setPriority(-30), () => os.setPriority(20),
  () => os.getPriority('x'), () => os.setPriority(0, 'a'), () => os.setPriority(999999999, 0),
  () => os.getPriority(1.5), () => os.setPriority(2 ** 31, 0), () => os.getPriority(null)]) {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message, e.info, e.errno, e.syscall);
  }
}
try {
  os.getPriority(999999999);
} catch (e) {
  console.log(e);
}
