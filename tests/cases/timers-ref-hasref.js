// Timeout#ref/unref/hasRef return values.
const t = setTimeout(() => console.log('fired'), 5);
console.log(t.hasRef());
console.log(t.unref() === t);
console.log(t.hasRef());
console.log(t.ref() === t);
console.log(t.hasRef());
const i = setInterval(() => {}, 1000);
console.log(i.hasRef());
clearInterval(i);
