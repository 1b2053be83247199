// tty.WriteStream.prototype.getColorDepth / hasColors: the colour depth
// chosen from environment variables.
const tty = require('tty');

const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'XTERM-256' },
  { TERM: 'screen' }, { TERM: 'screen-256color' }, { TERM: 'linux' }, { TERM: 'vt100' },
  { TERM: 'vt220' }, { TERM: 'rxvt' }, { TERM: 'ansi' }, { TERM: 'cons25' }, { TERM: 'mosh' },
  { TERM: 'xterm-kitty' }, { TERM: 'Eterm' }, { TERM: 'con80x25' }, { TERM: 'unknown' },
  { TERM: 'xterm-direct' }, { TERM: 'rxvt-unicode-24bit' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' },
  { TMUX: '1' }, { TMUX: '' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: '' }, { CI: '1', TRAVIS: '1' },
  { CI: '1', GITLAB_CI: '1' }, { CI: '1', CI_NAME: 'codeship' }, { CI: '' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TEAMCITY_VERSION: '10.0' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'MacTerm' },
  { NO_COLOR: '' }, { NO_COLOR: '1', TERM: 'xterm-256color' }, { NODE_DISABLE_COLORS: '1' },
  { FORCE_COLOR: '' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: 'false' }, { FORCE_COLOR: '4' },
  { FORCE_COLOR: '3', TERM: 'dumb' },
];
for (const env of envs) {
  console.log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env),
    hasColors(2 ** 24, env), hasColors(2, env));
}
for (const args of [[1, {}], ['x'], [1.5, {}], [2 ** 53, {}]]) {
  try {
    console.log(hasColors(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
