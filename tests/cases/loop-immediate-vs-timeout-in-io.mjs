// The I/O-callback ordering holds in ES modules too.
import { readFile } from 'node:fs';
import { fileURLToPath } from 'node:url';
readFile(fileURLToPath(import.meta.url), () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
});
