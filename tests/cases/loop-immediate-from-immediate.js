// An immediate queued while immediates are being processed waits for the
// next loop iteration, after all the immediates that were already queued.
setImmediate(() => {
  console.log('A');
  setImmediate(() => {
    console.log('C');
    setImmediate(() => console.log('E'));
  });
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D'));
});
