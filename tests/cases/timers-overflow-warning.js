// compare: stdout exit stderr
// A delay that does not fit in a signed 32-bit integer becomes 1ms and
// emits a TimeoutOverflowWarning (once per call).
setTimeout(() => console.log('huge fired'), 2 ** 31);
setTimeout(() => console.log('short fired'), 30);
setTimeout(() => console.log('infinity fired'), Infinity);
