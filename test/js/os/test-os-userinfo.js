'use strict';
// os.userInfo(): the effective user's passwd entry, with strings, Buffers or another encoding.
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(typeof info.uid, 'number');
assert.strictEqual(typeof info.gid, 'number');
assert.strictEqual(typeof info.username, 'string');
assert.ok(info.username.length > 0);
assert.strictEqual(typeof info.homedir, 'string');
assert.ok(info.shell === null || typeof info.shell === 'string');

// The ids are the process's effective ones (/proc/self/status: real, effective, saved, fs).
const status = fs.readFileSync('/proc/self/status', 'utf8');
const euid = Number(/^Uid:\s+\d+\s+(\d+)/m.exec(status)[1]);
const egid = Number(/^Gid:\s+\d+\s+(\d+)/m.exec(status)[1]);
assert.strictEqual(info.uid, euid);
assert.strictEqual(info.gid, egid);

// Options other than an object are ignored; an unknown or non-string encoding means utf8.
for (const options of [undefined, null, 'buffer', 5, { encoding: 'nonsense' }, { encoding: 5 },
  { encoding: 'UTF-8' }, {}]) {
  assert.deepStrictEqual(os.userInfo(options), info);
}

// A throwing getter propagates.
assert.throws(() => os.userInfo({ get encoding() { throw new Error('boom'); } }), /boom/);

const asBuffers = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(asBuffers.username));
assert.ok(Buffer.isBuffer(asBuffers.homedir));
assert.strictEqual(asBuffers.username.toString(), info.username);
assert.strictEqual(asBuffers.homedir.toString(), info.homedir);
if (info.shell !== null) assert.strictEqual(asBuffers.shell.toString(), info.shell);
assert.strictEqual(asBuffers.uid, info.uid);
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'BUFFER' }).username));

const asHex = os.userInfo({ encoding: 'hex' });
assert.strictEqual(asHex.username, Buffer.from(info.username).toString('hex'));
assert.strictEqual(asHex.homedir, Buffer.from(info.homedir).toString('hex'));
assert.strictEqual(os.userInfo({ encoding: 'latin1' }).username,
                   Buffer.from(info.username).toString('latin1'));
assert.strictEqual(os.userInfo({ encoding: 'base64' }).username,
                   Buffer.from(info.username).toString('base64'));
