// node:os functions: names, lengths, types and shapes of their results (no machine-specific values).
const os = require('os');
console.log(Object.keys(os));
for (const k of Object.keys(os)) {
  const v = os[k];
  if (typeof v === 'function') console.log(k, v.name, v.length, typeof v[Symbol.toPrimitive]);
  else console.log(k, JSON.stringify(v));
}
for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(os))) {
  console.log(k, d.writable, d.enumerable, d.configurable);
}
console.log(typeof os.hostname(), os.hostname() === `${os.hostname}`, os.type(), os.platform(),
  os.arch() === process.arch, `${os.arch}` === process.arch, os.endianness(), os.machine().length > 0);
console.log(typeof os.release(), typeof os.version(), os.version().length > 0);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
console.log(typeof os.uptime(), os.uptime() > 0, Number.isInteger(os.totalmem()), Number.isInteger(os.freemem()),
  os.freemem() <= os.totalmem(), os.freemem() > 0);
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length >= 1, cpus.length === os.availableParallelism());
console.log(cpus.every((c) => Object.keys(c).join() === 'model,speed,times' &&
  typeof c.model === 'string' && Number.isInteger(c.speed) &&
  Object.keys(c.times).join() === 'user,nice,sys,idle,irq' &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
