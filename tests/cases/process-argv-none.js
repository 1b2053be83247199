// With no extra arguments argv has exactly two entries.
console.log(process.argv.length, process.argv.slice(2));
