// unref() followed by ref() keeps the process alive again.
const ran = [];
const t = setTimeout(() => ran.push('timeout'), 10);
t.unref();
t.ref();
const imm = setImmediate(() => ran.push('immediate'));
console.log(imm.hasRef());
imm.unref();
console.log(imm.hasRef());
imm.ref();
process.on('exit', () => console.log(ran.sort().join(',')));
