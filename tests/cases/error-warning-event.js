// The 'warning' event fires asynchronously (after the current tick) with the
// Error-like warning object.
process.on('warning', (w) => {
  console.log('warning event:', w.name, w.message, w.code, w instanceof Error);
});
process.emitWarning('hello');
process.emitWarning('typed', 'MyWarning', 'MY_CODE');
console.log('after emit');
