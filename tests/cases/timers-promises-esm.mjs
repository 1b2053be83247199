// Top-level await on node:timers/promises in an ES module.
import { setTimeout as sleep, setImmediate } from 'node:timers/promises';
console.log('before');
const v = await sleep(10, 'slept');
console.log(v);
console.log(await setImmediate(42));
console.log('after');
