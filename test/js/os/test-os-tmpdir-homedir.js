'use strict';
// os.tmpdir() follows Node's POSIX rule — the first non-empty of TMPDIR, TMP, TEMP, else /tmp,
// with one trailing slash removed unless the path is "/" — reading the environment on each call.
// os.homedir() prefers $HOME, then the passwd entry.
const assert = require('assert');
const os = require('os');

const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP,
                HOME: process.env.HOME };
function set(name, value) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
function withEnv(vars, fn) {
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) set(name, vars[name]);
  try {
    fn();
  } finally {
    for (const name of ['TMPDIR', 'TMP', 'TEMP']) set(name, saved[name]);
  }
}

const cases = [
  [{}, '/tmp'],
  [{ TMPDIR: '/var/tmp' }, '/var/tmp'],
  [{ TMPDIR: '/var/tmp/' }, '/var/tmp'],
  [{ TMPDIR: '/var/tmp//' }, '/var/tmp/'],
  [{ TMPDIR: '/' }, '/'],
  [{ TMPDIR: '' }, '/tmp'],
  [{ TMPDIR: '', TMP: '/from/tmp/' }, '/from/tmp'],
  [{ TMP: '/from/tmp', TEMP: '/from/temp' }, '/from/tmp'],
  [{ TMPDIR: '', TMP: '', TEMP: '/from/temp' }, '/from/temp'],
  [{ TMPDIR: '/a', TMP: '/b', TEMP: '/c' }, '/a'],
  [{ TEMP: 'relative/' }, 'relative'],
];
for (const [vars, expected] of cases) {
  withEnv(vars, () => {
    assert.strictEqual(os.tmpdir(), expected, JSON.stringify(vars));
    assert.strictEqual(`${os.tmpdir}`, expected);
  });
}

// homedir
const passwdHome = os.userInfo().homedir;
try {
  process.env.HOME = '/some/where/else';
  assert.strictEqual(os.homedir(), '/some/where/else');
  delete process.env.HOME;
  assert.strictEqual(os.homedir(), passwdHome);
} finally {
  set('HOME', saved.HOME);
}
if (saved.HOME) assert.strictEqual(os.homedir(), saved.HOME);
