// Errors from a module graph: a syntax error, a missing named export, and a
// throwing CommonJS dependency reject import() with the error.
for (const spec of ['../fixtures/modules/esm/syntax-error.mjs', '../fixtures/modules/esm/missing-import.mjs',
  '../fixtures/modules/esm/cjs-throws.cjs']) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (err) {
    console.log(spec.split('/').pop(), err.name, err instanceof Error);
  }
}
