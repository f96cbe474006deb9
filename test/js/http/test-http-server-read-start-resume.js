'use strict';
// After each request the server resumes its socket (readStart: socket.resume() unless the socket
// is paused by the parser or not readable). tide skips that call when it would change nothing
// (Readable's own resume() on a flowing, resumed socket), so a resume() replaced on the socket is
// still called once per request, as in node v20, and a socket the handler paused is resumed as
// before. Each list below is node v20's.
const assert = require('assert');
const http = require('http');

function run(wrap) {
  const calls = [];
  const server = http.createServer((req, res) => {
    calls.push(`request ${req.url}: flowing=${req.socket.readableFlowing} ` +
               `paused=${req.socket.isPaused()}`);
    if (req.url === '/pause') {
      req.socket.pause();
      calls.push(`pause: isPaused=${req.socket.isPaused()}`);
      setTimeout(() => {
        req.socket.resume();
        res.end('ok');
      }, 10);
      return;
    }
    res.end('ok');
  });
  if (wrap) {
    server.on('connection', (socket) => {
      const resume = socket.resume;
      socket.resume = function() {
        calls.push(`resume flowing=${this.readableFlowing}`);
        return resume.call(this);
      };
    });
  }
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const get = (path) => new Promise((done) => {
        http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
          res.resume();
          res.on('end', done);
        });
      });
      for (const path of ['/a', '/b', '/pause', '/c']) {
        calls.push(`get ${path}`);
        await get(path);
      }
      agent.destroy();
      server.close(() => resolve(calls));
    });
  });
}

(async () => {
  assert.deepStrictEqual(await run(true), [
    'get /a',
    'request /a: flowing=true paused=false',
    'resume flowing=true',
    'get /b',
    'request /b: flowing=true paused=false',
    'resume flowing=true',
    'get /pause',
    'request /pause: flowing=true paused=false',
    'pause: isPaused=true',
    'resume flowing=false',
    'resume flowing=true',
    'get /c',
    'request /c: flowing=true paused=false',
    'resume flowing=true',
  ]);
  assert.deepStrictEqual(await run(false), [
    'get /a',
    'request /a: flowing=true paused=false',
    'get /b',
    'request /b: flowing=true paused=false',
    'get /pause',
    'request /pause: flowing=true paused=false',
    'pause: isPaused=true',
    'get /c',
    'request /c: flowing=true paused=false',
  ]);
})();
