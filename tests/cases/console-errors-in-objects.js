// Errors nested in objects and arrays. Stack frames are engine-specific, so
// stackTraceLimit is 0: the stack is just `Name: message`.
Error.stackTraceLimit = 0;
const e = new Error('boom');
console.log(e);
console.log({ e });
console.log([new TypeError('in array')]);
const withProps = new RangeError('props');
withProps.code = 'E_PROPS';
withProps.info = { n: 1 };
console.log(withProps);
console.log({ nested: { err: withProps } });
class CustomError extends Error {
  constructor(m) { super(m); this.name = 'CustomError'; }
}
console.log(new CustomError('custom'));
const noMsg = new Error();
console.log(noMsg);
const cause = new Error('outer', { cause: 'the cause' });
console.log(cause);
