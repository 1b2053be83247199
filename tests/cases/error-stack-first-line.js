// The first line of error.stack is `Name: message`.
const first = (e) => e.stack.split('\n')[0];
console.log(first(new Error('plain')));
console.log(first(new TypeError('type')));
console.log(first(new RangeError('range')));
console.log(first(new SyntaxError('syntax')));
console.log(first(new Error()));
console.log(first(new Error('')));
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
  }
}
console.log(first(new MyError('mine')));
class Other extends Error {}
console.log(first(new Other('other')));
console.log(String(new MyError('toString')));
console.log(typeof new Error('x').stack);
console.log(new Error('a\nb').stack.split('\n').slice(0, 2).join('|'));
