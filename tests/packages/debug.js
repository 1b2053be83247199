// debug: namespaces, enabling, formatters (output sent to stdout without dates).
process.env.DEBUG_HIDE_DATE = 'true';
process.env.DEBUG_COLORS = 'false';
const createDebug = require('debug');

createDebug.log = (...args) => console.log(...args);
createDebug.enable('app:*,-app:quiet');
const log = createDebug('app:main');
const quiet = createDebug('app:quiet');
const sub = log.extend('sub');
console.log(log.enabled, quiet.enabled, sub.namespace, sub.enabled, createDebug.enabled('other'));
log('plain %s and %d', 'text', 42);
log('object %o', { a: 1, b: [1, 2] });
log('json %j', { x: 'y' });
sub('from %s', 'sub');
quiet('never printed');
createDebug.formatters.h = (v) => v.toUpperCase();
log('custom %h', 'shout');
console.log(createDebug.disable());
console.log(log.enabled);
