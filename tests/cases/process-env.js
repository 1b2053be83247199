// env: COIL_CASE_VAR=hello COIL_CASE_EMPTY=
// process.env reads the environment and coerces assigned values to strings.
console.log(process.env.COIL_CASE_VAR);
console.log(JSON.stringify(process.env.COIL_CASE_EMPTY), 'COIL_CASE_EMPTY' in process.env);
console.log(process.env.COIL_CASE_MISSING, 'COIL_CASE_MISSING' in process.env);
process.env.COIL_NUM = 42;
console.log(typeof process.env.COIL_NUM, process.env.COIL_NUM);
process.env.COIL_BOOL = true;
process.env.COIL_UNDEF = undefined;
process.env.COIL_NULL = null;
console.log(process.env.COIL_BOOL, process.env.COIL_UNDEF, process.env.COIL_NULL);
console.log(delete process.env.COIL_NUM, process.env.COIL_NUM, 'COIL_NUM' in process.env);
console.log(delete process.env.COIL_NEVER_SET);
console.log(Object.keys(process.env).includes('COIL_CASE_VAR'));
console.log(typeof process.env, process.env.PATH !== undefined);
const { COIL_CASE_VAR, ...rest } = process.env;
console.log(COIL_CASE_VAR, typeof rest);
process.env.COIL_CASE_VAR = 'changed';
console.log(process.env.COIL_CASE_VAR);
try {
  process.env.COIL_SYM = Symbol('s');
} catch (e) {
  console.log('symbol assignment throws', e instanceof TypeError);
}
