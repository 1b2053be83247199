// Setting process.exitCode without exiting explicitly.
setTimeout(() => {
  process.exitCode = 5;
  console.log('set exitCode');
}, 1);
