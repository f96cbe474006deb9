'use strict';
// A server that answers and then calls process.exit() in the same handler: the answer still
// reaches the client (it is written before the process ends, as in Node), though a write made in
// a poll-phase callback waits for the phase's end (docs/design-notes.md, "Write batching").
const assert = require('assert');
const http = require('http');
const { spawn } = require('child_process');

const child = spawn(process.execPath, ['-e', `
  const http = require('http');
  const server = http.createServer((req, res) => {
    res.end('goodbye '.repeat(100));
    process.exit(0);
  });
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));`],
{ stdio: ['ignore', 'pipe', 'inherit'] });

let out = '';
child.stdout.on('data', (d) => {
  out += d;
  if (!out.endsWith('\n')) return;
  http.get({ port: Number(out), host: '127.0.0.1', agent: false }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(body, 'goodbye '.repeat(100));
      console.log('ok');
    });
  });
});
child.on('exit', (code) => assert.strictEqual(code, 0));
