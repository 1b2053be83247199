// process is an EventEmitter.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter);
process.on('custom', (a, b) => console.log('custom', a, b));
process.once('custom', () => console.log('once'));
console.log(process.emit('custom', 1, 2));
console.log(process.emit('custom', 3, 4));
console.log(process.emit('nobody-listens'));
console.log(process.listenerCount('custom'));
process.removeAllListeners('custom');
console.log(process.listenerCount('custom'));
