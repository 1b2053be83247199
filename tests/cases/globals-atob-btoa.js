// atob / btoa.
console.log(btoa('hello world'));
console.log(atob('aGVsbG8gd29ybGQ='));
console.log(btoa(''), atob(''));
console.log(btoa(String.fromCharCode(0, 255, 128)));
console.log(Array.from(atob('AP+A'), (c) => c.charCodeAt(0)).join(','));
console.log(atob(' aGk= '));
try {
  btoa('€');
} catch (e) {
  console.log('btoa non-latin1:', e.name);
}
try {
  atob('!!!');
} catch (e) {
  console.log('atob invalid:', e.name);
}
