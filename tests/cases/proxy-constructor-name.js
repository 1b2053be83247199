// Argument errors describe a proxied value by its target's class, even when
// the same check saw ordinary objects first.
const fs = require('fs');
const handler = { get(target, key, receiver) { return Reflect.get(target, key, receiver); } };
for (const value of [{}, [], new Proxy([], handler), new Proxy({}, {}), new Proxy(new Map(), {})]) {
  try {
    fs.mkdirSync('/nonexistent-coil-case', { recursive: value });
  } catch (err) {
    console.log(err.code, err.message);
  }
}
