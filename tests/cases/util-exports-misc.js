// util's export list, aborted(), transferable signals, system error names,
// toUSVString, types and the encoding classes.
const util = require('util');

console.log(Object.keys(util).join());
console.log(util.types === require('util/types'), util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-2));
for (const v of [2, 'x', -99999]) {
  try {
    console.log(util.getSystemErrorName(v));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const e = util._errnoException(-2, 'open', 'extra');
console.log(e.message, e.code, e.errno, e.syscall);
const e2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(e2.message, e2.code, e2.address, e2.port);

(async () => {
  for (const args of [[1, {}], [new AbortController().signal, 1], [new AbortController().signal]]) {
    try {
      await util.aborted(...args);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  console.log(p instanceof Promise);
  setTimeout(() => ac.abort(), 1);
  const ev = await p;
  console.log('aborted', ev && ev.type);
  console.log(await util.aborted(AbortSignal.abort(), {}));

  const ac2 = new AbortController();
  const t = util.transferableAbortSignal(ac2.signal);
  console.log(t instanceof AbortSignal, t.aborted);
  ac2.abort('why');
  console.log(t.aborted, t.reason);
  try {
    util.transferableAbortSignal(1);
  } catch (err) {
    console.log(err.code, err.message);
  }
  const tc = util.transferableAbortController();
  console.log(tc instanceof AbortController, tc.signal instanceof AbortSignal);
})();
