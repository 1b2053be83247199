// Timers with equal delays fire in insertion order.
for (let i = 0; i < 10; i++) {
  setTimeout(() => console.log('timer', i), 10);
}
