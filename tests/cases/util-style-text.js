// util.styleText: formats, arrays of formats, stream validation and the
// colour decision for non-TTY streams.
const util = require('util');

function show(fn) {
  try {
    console.log(JSON.stringify(fn()));
  } catch (e) {
    console.log(e.name, e.code, e.message.slice(0, 90));
  }
}

show(() => util.styleText('red', 'x'));
show(() => util.styleText(['bold', 'red'], 'x'));
show(() => util.styleText(['underline', 'bgBlue', 'italic'], 'text'));
show(() => util.styleText('red', 'x', { validateStream: false }));
show(() => util.styleText('gray', 'x', { validateStream: false }));
show(() => util.styleText('strikethrough', 'x', { validateStream: false }));
show(() => util.styleText('red', 'x', { stream: process.stderr }));
show(() => util.styleText('nope', 'x'));
show(() => util.styleText(['red', 'nope'], 'x'));
show(() => util.styleText('red', 1));
show(() => util.styleText(1, 'x'));
show(() => util.styleText('red', 'x', { stream: {} }));
show(() => util.styleText('red', 'x', { validateStream: 1 }));
show(() => util.styleText('red', 'x', 1));
show(() => util.styleText([], 'x'));
console.log(util.styleText.length);
