// nanoid 5 (ESM only): ids are random, so only lengths and alphabets are checked.
import { nanoid, customAlphabet, customRandom, urlAlphabet } from 'nanoid';

const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length);
const hex = customAlphabet('0123456789abcdef', 12);
console.log(/^[0-9a-f]{12}$/.test(hex()), urlAlphabet.length);
let seed = 0;
const fixed = customRandom('abcdef', 8, (size) => new Uint8Array(size).map(() => (seed += 37) & 255));
console.log(fixed(), fixed());
