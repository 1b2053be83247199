// Timers fire in order of expiry regardless of insertion order.
setTimeout(() => console.log('300ms'), 300);
setTimeout(() => console.log('150ms'), 150);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('50ms'), 50);
