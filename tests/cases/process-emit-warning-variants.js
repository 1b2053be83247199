// compare: stdout exit stderr
// emitWarning argument validation; repeated codes are printed each time.
try {
  process.emitWarning(42);
} catch (e) {
  console.log(e.code);
}
process.emitWarning('first');
process.emitWarning('deprecated A', { type: 'DeprecationWarning', code: 'DEP_A' });
process.emitWarning('deprecated A again', { type: 'DeprecationWarning', code: 'DEP_A' });
process.emitWarning('plain', 'Warning');
