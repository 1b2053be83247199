// Non-function callbacks throw ERR_INVALID_ARG_TYPE TypeErrors.
for (const [name, fn] of [
  ['setTimeout', setTimeout],
  ['setInterval', setInterval],
  ['setImmediate', setImmediate],
  ['queueMicrotask', queueMicrotask],
  ['process.nextTick', process.nextTick],
]) {
  for (const bad of ['str', 1, undefined, null, {}]) {
    try {
      fn(bad);
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, typeof bad, e instanceof TypeError, e.code);
    }
  }
}
