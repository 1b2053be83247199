// util.inspect depth option.
const util = require('util');
const o = { l1: { l2: { l3: { l4: { l5: {} } } } } };
for (const depth of [0, 1, 2, 3, null, Infinity, -1]) {
  console.log(String(depth), util.inspect(o, { depth }));
}
console.log(util.inspect([[[[['deep']]]]], { depth: 1 }));
console.log(util.inspect(new Map([[{ k: { k: 1 } }, { v: { v: 1 } }]]), { depth: 0 }));
console.log(util.inspect(o, false, 0));
