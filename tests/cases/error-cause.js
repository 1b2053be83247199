// Error options: cause.
const e = new Error('outer', { cause: 'inner' });
console.log(e.cause, Object.prototype.hasOwnProperty.call(e, 'cause'));
const f = new Error('no cause', {});
console.log('cause' in f);
const g = new TypeError('typed', { cause: new Error('root') });
console.log(g.cause.message);
