// A top-level await that can never settle exits with status 13 (stderr
// contains a path and is not compared).
console.log('before');
await new Promise(() => {});
console.log('never');
