// Non-Error values reach the uncaughtException handler unchanged.
process.on('uncaughtException', (err) => {
  console.log(typeof err, err);
});
setTimeout(() => { throw { custom: true }; }, 1);
setTimeout(() => { throw null; }, 2);
throw 'str';
