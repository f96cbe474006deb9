'use strict';
// Header names, header values and status messages are checked as Node checks them (its token and
// field-vchar rules) whatever their length and type: every character 0..0x1FF alone and inside a
// longer string, numbers, non-strings, strings past the short-string loop; the errors are Node's.
// A status line is rendered from the message given each time, even for a code rendered before.
const assert = require('assert');
const http = require('http');
const { _checkIsHttpToken, _checkInvalidHeaderChar } = require('_http_common');
const { rawExchange, normalizeDate, withServer } = require('../../fixtures/http/raw');

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function checkers() {
  const samples = ['', 'a', 'Content-Type', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(200)];
  for (let c = 0; c < 0x200; c++) {
    const ch = String.fromCharCode(c);
    samples.push(ch, `X-${ch}-Y`, 'y'.repeat(63) + ch, 'y'.repeat(64) + ch, ch + 'z'.repeat(80));
  }
  samples.push('\ud83d\ude00', 'a\ud800b');
  // Twice, and each string again after others of its length: the checks remember what passed.
  for (let round = 0; round < 2; round++) {
    for (const s of samples) {
      for (const t of [s, s.slice(), `${s}`.concat('')]) {
        assert.strictEqual(_checkIsHttpToken(t), tokenRegExp.test(t), JSON.stringify(t));
        assert.strictEqual(_checkInvalidHeaderChar(t), headerCharRegex.test(t), JSON.stringify(t));
      }
    }
  }
  const objects = [{ toString() { return 'a\nb'; } }, { toString() { return 'ok'; } }, ['a', 'b']];
  const numbers = [0, -1, 1.5, 1e21, -1e-7, NaN, Infinity, -Infinity];
  for (const v of [...numbers, 10n, true, null, ...objects]) {
    assert.strictEqual(_checkInvalidHeaderChar(v), headerCharRegex.test(v), String(v));
    assert.strictEqual(_checkIsHttpToken(v), tokenRegExp.test(v), String(v));
  }
}

function publicValidators() {
  for (const name of ['Content-Type', 'x-a', '!#$%&\'*+-.^_`|~09azAZ', 'a'.repeat(100)]) {
    http.validateHeaderName(name);
  }
  for (const name of ['', 'a b', 'a:b', 'caf\u00e9', 'x\u0100', '(x)', 'a'.repeat(100) + ' ']) {
    assert.throws(() => http.validateHeaderName(name), {
      code: 'ERR_INVALID_HTTP_TOKEN',
      name: 'TypeError',
      message: `Header name must be a valid HTTP token ["${name}"]`,
    });
  }
  assert.throws(() => http.validateHeaderName(12), { code: 'ERR_INVALID_HTTP_TOKEN' });
  for (const value of ['text/plain', 'a\tb', 'caf\u00e9 \u00ff', 42, 'x'.repeat(100)]) {
    http.validateHeaderValue('X-A', value);
  }
  for (const value of ['a\nb', 'a\rb', 'a\u0000', 'del\u007f', '\u0100', 'x'.repeat(100) + '\n']) {
    assert.throws(() => http.validateHeaderValue('X-A', value), {
      code: 'ERR_INVALID_CHAR',
      name: 'TypeError',
      message: 'Invalid character in header content ["X-A"]',
    });
  }
  assert.throws(() => http.validateHeaderValue('X-A', undefined), {
    code: 'ERR_HTTP_INVALID_HEADER_VALUE',
    message: 'Invalid value "undefined" for header "X-A"',
  });
}

// Status lines: a code's line follows the message of each response; a bad message is refused
// even when the same code was rendered before with a good one.
async function statusLines() {
  const errors = [];
  const server = http.createServer((req, res) => {
    switch (req.url) {
      case '/custom':
        res.writeHead(200, 'Fine', { 'Content-Length': 0 });
        break;
      case '/bad':
        try {
          res.writeHead(200, 'Bad\r\nX-Evil: 1');
        } catch (e) {
          errors.push(e);
        }
        res.statusMessage = 'Also\nbad';
        try {
          res.writeHead(200, { 'Content-Length': 0 });
        } catch (e) {
          errors.push(e);
        }
        res.statusMessage = undefined;
        res.writeHead(201, { 'Content-Length': 0 });
        break;
      case '/set':
        res.statusMessage = 'Set';
        res.setHeader('Content-Length', 0);
        break;
      default:
        res.setHeader('Content-Length', 0);
    }
    res.end();
  });
  await withServer(server, async (port) => {
    const get = (p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
    const { data } = await rawExchange(port, [get('/'), get('/custom'), get('/'), get('/bad'),
                                              get('/set'), get('/')], { idleMs: 300 });
    const lines = data.split('\r\n').filter((l) => l.startsWith('HTTP/'));
    assert.deepStrictEqual(lines, ['HTTP/1.1 200 OK', 'HTTP/1.1 200 Fine', 'HTTP/1.1 200 OK',
                                   'HTTP/1.1 201 Created', 'HTTP/1.1 200 Set', 'HTTP/1.1 200 OK']);
  });
  assert.strictEqual(errors.length, 2);
  for (const e of errors) {
    assert.strictEqual(e.code, 'ERR_INVALID_CHAR');
    assert.strictEqual(e.message, 'Invalid character in statusMessage');
  }
}

// Connection/Keep-Alive lines follow the server's keepAliveTimeout and maxRequestsPerSocket as
// they change; names of any case are recognised (a lower-case content-length means no chunking).
async function keepAliveLines() {
  const server = http.createServer((req, res) => {
    if (req.url === '/lower') res.setHeader('content-length', 2);
    else if (req.url === '/upper') res.setHeader('CONTENT-LENGTH', 2);
    else if (req.url === '/date') res.setHeader('DATE', 'then');
    res.end('ok');
    if (req.url === '/a') server.keepAliveTimeout = 7000;
    if (req.url === '/b') server.maxRequestsPerSocket = 9;
  });
  server.keepAliveTimeout = 3000;
  await withServer(server, async (port) => {
    const get = (p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
    const { data } = await rawExchange(port, [get('/a'), get('/b'), get('/c'), get('/lower'),
                                              get('/upper'), get('/date')],
                                       { idleMs: 300, delayMs: 20 });
    const heads = normalizeDate(data).split('\r\n\r\nok').slice(0, -1);
    assert.strictEqual(heads.length, 6);
    const kept = 'Date: {DATE}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=';
    assert.ok(heads[0].endsWith(`${kept}3\r\nContent-Length: 2`), heads[0]);
    assert.match(heads[1], /Keep-Alive: timeout=7\r\nContent-Length: 2$/);
    assert.match(heads[2], /Keep-Alive: timeout=7, max=9\r\nContent-Length: 2$/);
    assert.ok(heads[3].endsWith(`\r\ncontent-length: 2\r\n${kept}7, max=9`), heads[3]);
    assert.match(heads[4], /\r\nCONTENT-LENGTH: 2\r\nDate: /);
    assert.match(heads[5], /\r\nDATE: then\r\nConnection: keep-alive\r\n/);
    assert.doesNotMatch(heads[5], /Date: \{DATE\}/);
    for (const h of heads) assert.doesNotMatch(h, /Transfer-Encoding/);
  });
}

// Header names of one length in turn, in several letter cases: each maps to its own entry.
function headerNames() {
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  const names = ['X-Aa', 'x-aa', 'X-AA', 'X-Bb', 'Date', 'DATE', 'x-bb', 'X-Cc'];
  for (let round = 0; round < 2; round++) {
    for (const n of names) res.setHeader(n, `${n}-${round}`);
    assert.deepStrictEqual(res.getHeaderNames(), ['x-aa', 'x-bb', 'date', 'x-cc']);
    assert.deepStrictEqual(res.getRawHeaderNames(), ['X-AA', 'x-bb', 'DATE', 'X-Cc']);
    assert.strictEqual(res.getHeader('X-aA'), `X-AA-${round}`);
    assert.strictEqual(res.hasHeader('x-BB'), true);
    assert.strictEqual(res.hasHeader('x-dd'), false);
    res.removeHeader('X-CC');
    assert.strictEqual(res.hasHeader('X-Cc'), false);
    res.removeHeader('x-aa');
    res.removeHeader('X-BB');
    res.removeHeader('date');
    assert.deepStrictEqual(res.getHeaderNames(), []);
  }
}

checkers();
publicValidators();
headerNames();
(async () => {
  await statusLines();
  await keepAliveLines();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
