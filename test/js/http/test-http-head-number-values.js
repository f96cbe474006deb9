'use strict';
// Number header values and computed Content-Lengths go into the head as `'' + value` would write
// them; lib/_http_outgoing.js keeps the text of the last number rendered (numberText), so the
// same number twice in a row, a different one, -0, NaN, fractions and large numbers must each
// come out as their own text. Same bytes under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');

const values = [42, 42, 7, 0, -0, NaN, 1.5, 1e21, 2 ** 31, -3, 42, Infinity];
const bodies = ['', 'x', 'xx', 'héllo', 'hello world', 'x'];

const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  if (i < values.length) {
    res.setHeader('X-Number', values[i]);
    res.setHeader('X-Number-2', [values[i], values[(i + 1) % values.length]]);
    res.end('ok');
  } else {
    // Content-Length computed by end() for string bodies of various lengths.
    res.end(bodies[i - values.length]);
  }
});

// The head's lines, each followed by CRLF (the status line already split off).
function head(text) {
  return '\r\n' + text.slice(0, text.indexOf('\r\n\r\n') + 2);
}

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  const total = values.length + bodies.length;
  let raw = '';
  for (let i = 0; i < total; i++) {
    raw += `GET /${i} HTTP/1.1\r\nHost: x\r\n${i === total - 1 ? 'Connection: close\r\n' : ''}\r\n`;
  }
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('end', () => {
    const responses = data.split('HTTP/1.1 200 OK\r\n').slice(1);
    assert.strictEqual(responses.length, total);
    for (let i = 0; i < values.length; i++) {
      const h = head(responses[i]);
      const v = values[i];
      const next = values[(i + 1) % values.length];
      assert.ok(h.includes(`\r\nX-Number: ${'' + v}\r\n`), h);
      assert.ok(h.includes(`\r\nX-Number-2: ${'' + v}\r\nX-Number-2: ${'' + next}\r\n`), h);
    }
    for (let j = 0; j < bodies.length; j++) {
      const h = head(responses[values.length + j]);
      assert.ok(h.includes(`\r\nContent-Length: ${Buffer.byteLength(bodies[j])}\r\n`), h);
    }
    server.close();
    console.log('ok');
  });
  socket.write(raw);
});
