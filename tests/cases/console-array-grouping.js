// Grouping of arrays of short strings and mixed-width items into columns.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];
console.log(words);
console.log(Array.from({ length: 30 }, (_, i) => 'x'.repeat((i % 5) + 1)));
console.log(Array.from({ length: 40 }, (_, i) => (i % 2 ? -i : i * 1.5)));
console.log([1, 'two', { three: 3 }, [4], null, undefined, true, 8n, Symbol('nine')]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)));
