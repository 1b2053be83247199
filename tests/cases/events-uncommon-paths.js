// The less common EventEmitter paths: argument errors, removeAllListeners
// with and without 'removeListener' listeners, listeners/rawListeners,
// listenerCount, the max-listeners warning, captureRejections and
// events.setMaxListeners on emitters.
const EventEmitter = require('events');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
const e = new EventEmitter();
attempt('on', () => e.on('x', 1));
attempt('once', () => e.once('x', null));
attempt('prependListener', () => e.prependListener('x', {}));
attempt('prependOnceListener', () => e.prependOnceListener('x'));
attempt('removeListener', () => e.removeListener('x', 'f'));
attempt('setMaxListeners -1', () => e.setMaxListeners(-1));
attempt('setMaxListeners NaN', () => e.setMaxListeners(NaN));
attempt('setMaxListeners string', () => e.setMaxListeners('1'));
attempt('static setMaxListeners', () => EventEmitter.setMaxListeners(-1));
attempt('static setMaxListeners target', () => EventEmitter.setMaxListeners(1, {}));
attempt('defaultMaxListeners', () => { EventEmitter.defaultMaxListeners = 'a'; });
attempt('captureRejections', () => { EventEmitter.captureRejections = 1; });
attempt('options.captureRejections', () => new EventEmitter({ captureRejections: 1 }));
attempt('error number', () => e.emit('error', 42));
attempt('error none', () => e.emit('error'));

const f1 = () => console.log('f1');
const f2 = function f2() { console.log('f2'); };
e.on('newListener', (type, fn) => console.log('newListener', type, fn.name));
e.on('removeListener', (type, fn) => console.log('removeListener', type, fn.name));
e.on('a', f1);
e.once('a', f2);
e.prependListener('a', f2);
e.prependOnceListener('a', f1);
e.on('b', f1);
console.log(e.listenerCount('a'), e.listenerCount('a', f2), e.listenerCount('none'),
  EventEmitter.listenerCount(e, 'a'), e.eventNames());
console.log(e.listeners('a').map((f) => f.name), e.rawListeners('a').map((f) => f.name));
console.log(e.emit('a', 1), e.emit('nothing'));
e.removeAllListeners('a');
console.log(e.eventNames(), e._eventsCount);
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);

const quiet = new EventEmitter();
quiet.on('c', f1);
quiet.on('c', f2);
quiet.on('d', f1);
quiet.removeAllListeners('c');
console.log(quiet.eventNames(), quiet.listeners('c'), quiet.rawListeners('d').length);
quiet.removeAllListeners();
console.log(quiet.eventNames(), quiet._eventsCount);

process.on('warning', (w) => console.log('warning', w.name, w.message, w.count, String(w.type), w.emitter === leaky));
const leaky = new EventEmitter();
leaky.setMaxListeners(1);
leaky.on('leak', f1);
leaky.on('leak', f2);
leaky.on('leak', f2);

const target = new EventEmitter();
EventEmitter.setMaxListeners(3, target);
console.log(target.getMaxListeners(), EventEmitter.getMaxListeners(target));
EventEmitter.setMaxListeners(4);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;

const capturing = new EventEmitter({ captureRejections: true });
capturing.on('ev', async () => { throw new Error('rejected'); });
capturing.on('error', (err) => console.log('captured', err.message));
capturing.emit('ev');
const handled = new EventEmitter({ captureRejections: true });
handled[EventEmitter.captureRejectionSymbol] = (err, type, ...args) => console.log('rejection symbol', err.message, type, args);
handled.on('ev', async () => { throw new Error('second'); });
handled.emit('ev', 1, 2);
EventEmitter.captureRejections = true;
console.log(EventEmitter.captureRejections, new EventEmitter()[Object.getOwnPropertySymbols(new EventEmitter())[1]]);
EventEmitter.captureRejections = false;
