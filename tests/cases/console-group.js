// console.group indentation, including nested groups and multi-line values.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2');
console.log({ a: 1, b: { c: [1, 2, 3] }, d: 'x'.repeat(60) });
console.groupEnd();
console.groupCollapsed('Collapsed %s', 'label');
console.log('inside collapsed');
console.error('error inside group (stderr)');
console.groupEnd();
console.log('multi\nline\nstring');
console.groupEnd();
console.groupEnd();
console.log('back to 0');
console.group('label', 1, { x: 2 });
console.table([{ a: 1 }]);
console.groupEnd();
