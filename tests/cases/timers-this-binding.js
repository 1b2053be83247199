// `this` inside timer callbacks is the Timeout/Immediate object.
const seen = {};
const t = setTimeout(function () {
  seen.timeout = this === t;
}, 1);
const i = setImmediate(function () {
  seen.immediate = this === i;
});
const iv = setInterval(function () {
  seen.interval = this === iv;
  clearInterval(this);
}, 1);
process.on('exit', () => {
  console.log('timeout this is t:', seen.timeout);
  console.log('immediate this is i:', seen.immediate);
  console.log('interval this is iv:', seen.interval);
});
