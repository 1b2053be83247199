// Classes, class instances and functions.
class Foo {
  constructor() {
    this.x = 1;
    this.y = 'two';
  }
  method() {}
}
class Bar extends Foo {}
class Empty {}
console.log(Foo);
console.log(Bar);
console.log(class {});
console.log(new Foo());
console.log(new Bar());
console.log(new Empty());
console.log([new Foo(), new Empty()]);
function named() {}
console.log(named, function () {}, () => {}, async function af() {}, function* gen() {}, async function* ag() {});
const anon = [function () {}][0];
console.log(anon);
console.log(Math.max, Object);
named.prop = 42;
console.log(named);
function Legacy() { this.a = 1; }
console.log(new Legacy());
const obj = Object.create(Foo.prototype);
console.log(obj);
