// Changing process.exitCode inside an 'exit' handler changes the status.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
