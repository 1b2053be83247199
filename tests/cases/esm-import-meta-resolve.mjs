// import.meta: url, filename, dirname and resolve (which returns URLs for
// missing files and throws for missing packages).
import path from 'node:path';

const strip = (s) => s.split(path.dirname(import.meta.dirname)).join('<tests>');
console.log(Object.keys(import.meta), import.meta.resolve.name);
console.log(path.basename(import.meta.filename), path.basename(import.meta.dirname), strip(import.meta.url));
console.log(import.meta.filename === new URL(import.meta.url).pathname);
for (const spec of ['./x.mjs', '../fixtures/esm-lib.mjs', 'node:fs', 'fs', '../fixtures/modules/esm/dir',
  './nope/', 'data:text/javascript,export default 1', 'node:nope', 'https://x.test/a.js']) {
  console.log(spec, strip(import.meta.resolve(spec)));
}
for (const spec of ['nope-pkg', '#nope', '@bad']) {
  try {
    import.meta.resolve(spec);
  } catch (err) {
    console.log(spec, err.code);
  }
}
