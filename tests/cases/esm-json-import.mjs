// JSON modules need `with { type: 'json' }`; the attribute is checked both ways.
import data from '../fixtures/modules/esm/data.json' with { type: 'json' };
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(data, data === require('../fixtures/modules/esm/data.json'));
const again = await import('../fixtures/modules/esm/data.json', { with: { type: 'json' } });
console.log(again.default === data, Object.keys(again));
const cases = [
  ['../fixtures/modules/esm/data.json', undefined],
  ['../fixtures/modules/esm/data.json', { with: { type: 'css' } }],
  ['../fixtures/modules/esm/counter.mjs', { with: { type: 'json' } }],
  ['node:fs', { with: { type: 'json' } }],
  ['../fixtures/modules/esm/data.json', { with: { other: 'x' } }],
];
for (const [spec, options] of cases) {
  try {
    await import(spec, options);
    console.log(spec, 'loaded');
  } catch (err) {
    console.log(err.code, err.name, err.message.split(import.meta.dirname.slice(0, -6)).join('<tests>/'));
  }
}
