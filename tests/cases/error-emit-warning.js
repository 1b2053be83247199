// compare: stdout exit stderr
// process.emitWarning writes `(node:PID) Name: message` to stderr.
process.emitWarning('something happened');
process.emitWarning('custom type', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE_1');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT_1', detail: 'some detail' });
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
const w = new Error('from an error object');
w.name = 'ObjWarning';
process.emitWarning(w);
console.log('sync end');
