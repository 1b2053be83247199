// stdin: hello from stdin
// stdin: second line
// Reading all of stdin.
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', () => {
  console.log(JSON.stringify(data));
  console.log(data.split('\n').length);
});
