// os.networkInterfaces: the loopback entry and the shape of every address.
const os = require('os');
const ni = os.networkInterfaces();
console.log(Object.getPrototypeOf(ni) === Object.prototype, ni.lo);
let ok = true;
for (const [name, addrs] of Object.entries(ni)) {
  for (const a of addrs) {
    const keys = Object.keys(a).join();
    const want = a.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' :
      'address,netmask,family,mac,internal,cidr';
    if (keys !== want || typeof name !== 'string' || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac) ||
        typeof a.internal !== 'boolean' || !['IPv4', 'IPv6'].includes(a.family) ||
        (a.cidr !== null && !a.cidr.startsWith(`${a.address}/`))) {
      ok = false;
      console.log('bad', name, a);
    }
  }
}
console.log(ok);
