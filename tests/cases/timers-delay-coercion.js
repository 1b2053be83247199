// Delays of 0, negative, NaN, undefined, strings and non-numbers are all
// treated as 1ms, so these fire in insertion order.
setTimeout(() => console.log('negative'), -50);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('string "abc"'), 'abc');
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('object'), {});
setTimeout(() => console.log('string "30" (30ms)'), '30');
setTimeout(() => console.log('20ms'), 20);
