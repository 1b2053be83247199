// A module that throws during loading propagates the error and is not cached.
try {
  require('../fixtures/throws-on-load');
} catch (e) {
  console.log('caught', e.message);
}
try {
  require('../fixtures/throws-on-load');
} catch (e) {
  console.log('caught again', e.message);
}
