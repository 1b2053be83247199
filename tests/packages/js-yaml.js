// js-yaml: load and dump.
const yaml = require('js-yaml');

const doc = yaml.load(`
name: coil
version: 1.2
tags: [a, b]
nested:
  list:
    - one
    - two: 2
  multi: |
    line one
    line two
anchors:
  base: &b { x: 1 }
  ref: *b
empty: ~
date: 2020-01-02
`);
console.log(JSON.stringify(doc));
console.log(yaml.dump({ a: 1, b: [1, 'two', { c: true }], s: 'multi\nline', n: null, q: 'yes' }));
console.log(yaml.dump({ z: 1, a: 2 }, { sortKeys: true, indent: 4 }));
console.log(yaml.loadAll('--- 1\n--- two\n'));
try {
  yaml.load('a: [1, 2');
} catch (e) {
  console.log(e.name, e.reason);
}
