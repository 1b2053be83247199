// process.umask(mask): a mask is a 32-bit unsigned integer or an octal
// string; bits beyond the permissions are accepted (and dropped).
const original = process.umask();
for (const mask of [0o22, '0027', '777', 0o1000, 2 ** 32 - 1, -1, 2 ** 32, 1.5, 'zz', '8', '', null, {}, true]) {
  try {
    process.umask(mask);
    console.log(JSON.stringify(mask), 'ok', process.umask().toString(8));
  } catch (err) {
    console.log(JSON.stringify(mask), err.name, err.code, err.message);
  }
}
process.umask(original);
