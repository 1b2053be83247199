// uuid: validation, parsing and name-based (v3/v5) ids with fixed namespaces.
import { v3, v5, validate, version, parse, stringify, NIL, MAX } from 'uuid';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cjs = require('uuid');

const ns = '1b671a64-40d5-491e-99b0-da01ff1f3341';
console.log(validate(ns), validate('nope'), version(ns), NIL, MAX);
console.log(Array.from(parse(ns)).join(','), stringify(parse(ns)));
console.log(v5('hello', v5.DNS), v5('hello', ns), v3('hello', v3.URL));
console.log(cjs.validate(ns), cjs.v5('coil', ns) === v5('coil', ns));
