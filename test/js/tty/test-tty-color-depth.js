'use strict';
// getColorDepth reads only the environment it is given (Node 24's rules: FORCE_COLOR, then
// NO_COLOR/NODE_DISABLE_COLORS/TERM=dumb, TMUX, CI services, TEAMCITY, TERM_PROGRAM, COLORTERM,
// TERM). Node v20 has older rules for TMUX, CI services, kitty, truecolor and vt220 terms.
const assert = require('assert');
const tty = require('tty');

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call(null, env);

const cases = [
  [{}, 1],
  [{ FORCE_COLOR: '' }, 4], [{ FORCE_COLOR: '1' }, 4], [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: '2' }, 8], [{ FORCE_COLOR: '3' }, 24], [{ FORCE_COLOR: '0' }, 1],
  [{ FORCE_COLOR: 'false' }, 1], [{ FORCE_COLOR: '2', TERM: 'dumb' }, 8],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' }, 1],
  [{ TERM: 'dumb', COLORTERM: 'truecolor' }, 1],
  [{ TMUX: '1' }, 24],
  [{ TF_BUILD: 'True', AGENT_NAME: 'x' }, 4],
  [{ CI: '1' }, 1], [{ CI: '1', GITHUB_ACTIONS: '1' }, 24], [{ CI: '1', GITEA_ACTIONS: '' }, 24],
  [{ CI: '1', CIRCLECI: '1' }, 24], [{ CI: '1', TRAVIS: '1' }, 8], [{ CI: '1', GITLAB_CI: '1' }, 8],
  [{ CI: '1', APPVEYOR: '1' }, 8], [{ CI: '1', BUILDKITE: '1' }, 8], [{ CI: '1', DRONE: '1' }, 8],
  [{ CI: '1', CI_NAME: 'codeship' }, 8], [{ CI: '', TERM: 'xterm-256color' }, 1],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4], [{ TEAMCITY_VERSION: '8.0' }, 1],
  [{ TEAMCITY_VERSION: '10.0' }, 4],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8], [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }, 24],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24], [{ TERM_PROGRAM: 'MacTerm' }, 24],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
  [{ COLORTERM: 'truecolor' }, 24], [{ COLORTERM: '24bit' }, 24], [{ COLORTERM: '1' }, 4],
  [{ TERM: 'xterm-truecolor' }, 24], [{ TERM: 'xterm-256color' }, 8], [{ TERM: 'xterm-256' }, 8],
  [{ TERM: 'xterm-kitty' }, 24], [{ TERM: 'mosh' }, 24], [{ TERM: 'terminator' }, 24],
  [{ TERM: 'rxvt-unicode-24bit' }, 24], [{ TERM: 'putty' }, 4], [{ TERM: 'KONSOLE' }, 4],
  [{ TERM: 'xterm' }, 4], [{ TERM: 'XTERM' }, 4], [{ TERM: 'vt100' }, 4], [{ TERM: 'vt220' }, 4],
  [{ TERM: 'screen' }, 4], [{ TERM: 'linux' }, 4], [{ TERM: 'ansi' }, 4], [{ TERM: 'xterm-direct' }, 4],
  [{ TERM: 'con132x25' }, 4], [{ TERM: 'rxvt' }, 4], [{ TERM: 'unknown' }, 1],
  [{ TERM: 'unknown', COLORTERM: 'yes' }, 4],
];
for (const [env, expected] of cases) {
  assert.strictEqual(depth(env), expected, JSON.stringify(env));
}

// The default is process.env.
process.env.FORCE_COLOR = '3';
assert.strictEqual(tty.WriteStream.prototype.getColorDepth.call(null), 24);
delete process.env.FORCE_COLOR;

// FORCE_COLOR wins over NO_COLOR, with one warning for the whole process.
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));
assert.strictEqual(depth({ FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }), 4);
assert.strictEqual(depth({ FORCE_COLOR: '2', NO_COLOR: '1' }), 8);
setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "The 'NODE_DISABLE_COLORS' and 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.",
  ]);
});
