// Symbol.toStringTag and util.inspect.custom.
const util = require('util');
class Tagged {
  get [Symbol.toStringTag]() { return 'TagValue'; }
}
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'Plain' });
class Custom {
  [util.inspect.custom](depth, options, inspect) {
    return `Custom<depth=${depth}, ${typeof options.stylize}, ${inspect === util.inspect}>`;
  }
}
console.log(new Custom());
console.log({ nested: new Custom() });
console.log([{ [util.inspect.custom]: () => ({ replaced: true }) }]);
console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'via Symbol.for'; } });
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
