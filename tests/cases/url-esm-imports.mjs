// node:url, node:os and node:querystring as ES modules: default and named imports.
import { URL as U, parse, fileURLToPath } from 'node:url';
import os, { EOL, platform } from 'node:os';
import qs, { stringify } from 'node:querystring';
console.log(U === URL, typeof parse, fileURLToPath(import.meta.url).endsWith('e.mjs'), JSON.stringify(EOL), platform(), typeof os.cpus, stringify({ a: 1 }), typeof qs.parse);
