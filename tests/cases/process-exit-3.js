// process.exit(3) stops the script immediately with status 3.
console.log('before');
process.exit(3);
console.log('after (must not print)');
