// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('never'), 100000);
t.unref();
const i = setInterval(() => console.log('never either'), 2000);
i.unref();
setTimeout(() => console.log('ref timer runs'), 10);
process.on('exit', (code) => console.log('exit', code));
