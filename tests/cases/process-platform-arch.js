// process.platform / arch values and types.
console.log(typeof process.platform, process.platform);
console.log(typeof process.arch, ['x64', 'arm64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64'].includes(process.arch));
console.log(process.arch === require('os').arch(), process.platform === require('os').platform());
