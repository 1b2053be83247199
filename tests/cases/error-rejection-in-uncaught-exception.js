// An unhandled rejection is routed to 'uncaughtException' (origin
// 'unhandledRejection') when there is no 'unhandledRejection' listener.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException', err.message, origin);
});
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('still alive'), 5);
