// process.nextTick passes extra arguments through.
process.nextTick((a, b, c) => console.log('three', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('none', arguments.length); });
process.nextTick((...all) => console.log('many', all.length, all[9]), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
process.nextTick(console.log, 'console.log', 'directly');
