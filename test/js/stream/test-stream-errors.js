'use strict';
// Node's stream errors, with their codes and messages, for the misuses that produce them:
// piping from a Writable, writing to a destroyed stream, calling _final's or _transform's callback
// twice, end() after 'finish', a pipeline whose source is destroyed, finished() on a destroyed
// stream.
const assert = require('assert');
const s = require('stream');

const out = [];
process.on('exit', () => {
  assert.deepStrictEqual(out.sort((a, b) => a[0].localeCompare(b[0])), [
    ['end-after-finish', 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'],
    ['final-twice', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'],
    ['finished', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'],
    ['pipe', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'],
    ['pipeline', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'],
    ['transform-twice', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'],
    ['write-destroyed', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'],
  ]);
});
const record = (name) => (err) => out.push([name, err.code, err.message]);

const w = new s.Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('finish', () => w.end(record('end-after-finish')));

const notReadable = new s.Writable();
notReadable.on('error', record('pipe'));
notReadable.pipe(new s.PassThrough());

const destroyed = new s.PassThrough();
destroyed.destroy();
destroyed.on('error', () => {});
destroyed.write('x', record('write-destroyed'));

const finalTwice = new s.Writable({ final(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
finalTwice.on('error', record('final-twice'));
finalTwice.end();

const transformTwice = new s.Transform({ transform(c, e, cb) { cb(null, c); cb(); } });
transformTwice.on('error', record('transform-twice'));
transformTwice.write('a');

s.pipeline(new s.Readable({ read() { this.destroy(); } }), new s.PassThrough(), record('pipeline'));
s.promises.finished(new s.PassThrough().destroy()).catch(record('finished'));
