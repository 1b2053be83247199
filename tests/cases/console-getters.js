// Accessor properties show as [Getter], [Setter], [Getter/Setter].
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 3; },
  set c(v) {},
  d: 4,
};
console.log(o);
const util = require('util');
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect({ get thrower() { throw new Error('x'); } }, { getters: false }));
class WithGetter {
  get computed() { return 42; }
}
console.log(new WithGetter());
