'use strict';
// express 5 serves JSON routes, route parameters, query strings and a parsed JSON body over
// node:http, answered through node:http's client, with keep-alive through the global Agent.
const assert = require('assert');
const http = require('http');
const express = require('express');

const app = express();
app.use(express.json());
app.get('/hi/:name', (req, res) => res.json({ hi: req.params.name, q: req.query.x }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.use((req, res) => res.status(404).type('text').send('nope'));

function request(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json' } : {};
    const req = http.request({ port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const hi = await request(port, 'GET', '/hi/tide?x=1');
  assert.deepStrictEqual([hi.status, JSON.parse(hi.data)], [200, { hi: 'tide', q: '1' }]);
  assert.match(hi.type, /^application\/json/);
  const echo = await request(port, 'POST', '/echo', JSON.stringify({ a: [1, 2] }));
  assert.deepStrictEqual([echo.status, JSON.parse(echo.data)], [201, { a: [1, 2] }]);
  const missing = await request(port, 'GET', '/missing');
  assert.deepStrictEqual([missing.status, missing.data], [404, 'nope']);
  server.close(() => console.log('ok'));
  server.closeAllConnections();
});
