// Awaiting promises, thenables and returning promises from async functions
// take different numbers of microtask ticks.
const log = [];
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
const thenable = { then(r) { r('thenable'); } };
(async () => { log.push(await returnsPromise()); })();
(async () => { log.push(await returnsValue()); })();
(async () => { log.push(await thenable); })();
(async () => { log.push(await 'plain'); })();
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')).then(() => log.push('p4'));
setTimeout(() => console.log(log.join(' ')), 0);
