// semver: parsing, comparison, ranges.
const semver = require('semver');
const Range = require('semver/classes/range');

console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'));
console.log(semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.compare('1.0.0', '1.0.0'));
console.log(semver.inc('1.2.3', 'minor'), semver.inc('1.2.3-beta.1', 'prerelease'), semver.inc('1.2.3', 'premajor', 'rc'));
console.log(semver.diff('1.2.3', '1.3.0'), semver.major('4.5.6'), semver.prerelease('1.2.3-alpha.1'));
console.log(semver.coerce('v2').version, semver.coerce('42.6.7.9.3-alpha').version);
console.log(semver.sort(['1.10.0', '1.2.0', '1.1.0']), semver.rsort(['1.0.0', '2.0.0']));
console.log(semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0'], '~1.2.0'), semver.minVersion('>=1.4.0').version);
const r = new Range('^1.2.3 || ~2.0.0');
console.log(r.range, r.test('1.9.9'), r.test('2.1.0'), semver.validRange('~1.2'));
const v = semver.parse('1.2.3-rc.1+build.5');
console.log(v.major, v.minor, v.patch, v.prerelease, v.build, v.format(), String(v));
console.log(semver.intersects('>1.0.0', '<2.0.0'), semver.outside('3.0.0', '^1.0.0', '>'));
console.log(semver.SEMVER_SPEC_VERSION);
