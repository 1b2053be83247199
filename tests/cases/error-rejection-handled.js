// Attaching a handler to an already-reported rejection emits
// 'rejectionHandled'.
const events = [];
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason.message);
});
process.on('rejectionHandled', (p) => {
  console.log('rejectionHandled', p === promise);
});
const promise = Promise.reject(new Error('handled later'));
setTimeout(() => {
  console.log('attaching handler');
  promise.catch((e) => console.log('catch', e.message));
}, 10);
