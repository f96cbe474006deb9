'use strict';
// The colour depth a terminal environment declares (tty.WriteStream's getColorDepth/hasColors).

const { validateInteger } = require('internal/validators');

// Colour depth from the environment, with the rules of Node 24's lib/internal/tty.js: 1, 4, 8 or
// 24 bits.
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const kTermColors = {
  __proto__: null,
  'eterm': COLORS_16, 'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16,
  'dtterm': COLORS_16, 'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16,
  'konsole': COLORS_16, 'kterm': COLORS_16, 'mlterm': COLORS_16, 'mosh': COLORS_16m,
  'putty': COLORS_16, 'st': COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m, 'xterm-kitty': COLORS_16m,
};
const kCiColors = [
  ['APPVEYOR', COLORS_256], ['BUILDKITE', COLORS_256], ['CIRCLECI', COLORS_16m],
  ['DRONE', COLORS_256], ['GITEA_ACTIONS', COLORS_16m], ['GITHUB_ACTIONS', COLORS_16m],
  ['GITLAB_CI', COLORS_256], ['TRAVIS', COLORS_256],
];
const kSixteenColorTerms = /ansi|color|linux|direct|^con[0-9]*x[0-9]|^rxvt|^screen|^xterm|^vt100|^vt220/;

let warnedForceColor = false;
function warnIfColorsDisabledToo(env) {
  if (warnedForceColor) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '') {
    names.push('NODE_DISABLE_COLORS');
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedForceColor = true;
  process.emitWarning(
    `The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
}

const hasOwn = (env, name) => Object.prototype.hasOwnProperty.call(env, name);

function getColorDepth(env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    let depth = COLORS_2;
    if (force === '' || force === '1' || force === 'true') depth = COLORS_16;
    else if (force === '2') depth = COLORS_256;
    else if (force === '3') depth = COLORS_16m;
    if (depth !== COLORS_2) warnIfColorsDisabledToo(env);
    return depth;
  }
  if ((env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '') ||
      (env.NO_COLOR !== undefined && env.NO_COLOR !== '') ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16m;
  if (hasOwn(env, 'TF_BUILD') && hasOwn(env, 'AGENT_NAME')) return COLORS_16;  // Azure DevOps
  if (hasOwn(env, 'CI')) {
    for (const [name, depth] of kCiColors) {
      if (hasOwn(env, name)) return depth;
    }
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ?
        COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = String(env.TERM).toLowerCase();
    if (kTermColors[term]) return kTermColors[term];
    if (kSixteenColorTerms.test(term)) return COLORS_16;
  }
  return env.COLORTERM ? COLORS_16 : COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
