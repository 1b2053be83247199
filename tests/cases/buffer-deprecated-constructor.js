// Buffer() and new Buffer() still work and warn once with DEP0005.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(new Buffer(3), Buffer(2), new Buffer('ab'), Buffer([1, 2]), new Buffer('aGk=', 'base64'));
console.log(new Buffer(2) instanceof Buffer);
setTimeout(() => console.log('done'), 10);
