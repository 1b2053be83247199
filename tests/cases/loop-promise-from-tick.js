// A promise reaction queued from a nextTick runs after every queued tick.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => {
    console.log('promise from tick');
    process.nextTick(() => console.log('tick from promise from tick'));
  });
  process.nextTick(() => console.log('tick 1.1'));
});
process.nextTick(() => console.log('tick 2'));
