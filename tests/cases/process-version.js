// process.version / versions shape (exact versions are not printed).
console.log(/^v\d+\.\d+\.\d+$/.test(process.version));
console.log(process.version === 'v' + process.versions.node);
console.log(typeof process.versions.node, typeof process.versions);
console.log(process.release.name);
console.log(Number(process.version.slice(1).split('.')[0]) >= 20);
