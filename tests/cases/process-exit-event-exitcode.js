// process.exitCode is used as the exit status and passed to 'exit' handlers.
process.exitCode = 7;
process.on('exit', (code) => {
  console.log('exit handler', code, process.exitCode);
});
console.log('end of script');
