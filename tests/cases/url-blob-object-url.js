// URL.createObjectURL with a Blob and revokeObjectURL with any input.
Error.stackTraceLimit = 0;
const id = URL.createObjectURL(new Blob(['hello']));
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id));
console.log(id === URL.createObjectURL(new Blob(['hello'])));
console.log(URL.revokeObjectURL(id), URL.revokeObjectURL('nope'), URL.revokeObjectURL('blob:nodedata:x'));
for (const bad of [{}, 'str', null]) {
  try {
    URL.createObjectURL(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
