// file: URLs, query strings (each distinct URL is a new module instance),
// percent-encoding and data: URLs.
const base = new URL('../fixtures/modules/esm/', import.meta.url);
const one = await import(new URL('counter.mjs', base).href);
const two = await import(new URL('counter.mjs?second', base).href);
const three = await import(new URL('counter.mjs#hash', base).href);
const four = await import('../fixtures/modules/esm/counter.mjs');
console.log(one.loads, two.loads, three.loads, four === one, two === one);
console.log((await import('../fixtures/modules/esm/with space.mjs')).default);
console.log((await import('../fixtures/modules/esm/with%20space.mjs')).default);
console.log((await import(new URL('with space.mjs', base))).default);
const data = await import('data:text/javascript,export default 40 + 2; export const x = "data";');
console.log(data.default, data.x);
const json = await import('data:application/json,{"from":"data"}', { with: { type: 'json' } });
console.log(json.default);
