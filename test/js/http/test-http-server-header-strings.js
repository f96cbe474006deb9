'use strict';
// Header names, values and urls reach JS byte for byte (as Latin-1) however they repeat: the
// same strings again and again, values that change every request, lengths around the parser's
// short-string limit and its 8-byte hashing, strings that differ only in the middle.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const fixed = [['Host', 'example.com'], ['User-Agent', 'bench/1.0'], ['Accept', '*/*']];
const lengths = [1, 7, 8, 9, 15, 16, 17, 47, 48, 49, 100];

function requestHeaders(i) {
  const pairs = fixed.slice();
  for (const n of lengths) {
    // Same first and last 8 bytes, a middle that changes with i.
    const same = 'a'.repeat(n);
    const varying = n < 3 ? String(i % 10).padStart(n, 'x') :
      'b'.repeat(Math.ceil((n - 2) / 2)).slice(0, n - 2 - Math.floor((n - 2) / 2)) +
      String(i % 100).padStart(2, '0') + 'b'.repeat(Math.floor((n - 2) / 2));
    pairs.push([`X-Same-${n}`, same], [`X-Vary-${n}`, varying.slice(0, n)]);
  }
  pairs.push(['X-Latin1', `caf\u00e9 ${i % 3}`], [i % 2 ? 'x-case' : 'X-CASE', 'v']);
  return pairs;
}

function requestText(i) {
  let head = `GET /path/${i % 4}/${'z'.repeat(i % 50)} HTTP/1.1\r\n`;
  for (const [k, v] of requestHeaders(i)) head += `${k}: ${v}\r\n`;
  return head + '\r\n';
}

(async () => {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url, raw: req.rawHeaders, headers: req.headers });
    res.end();
  });
  const count = 120;
  await withServer(server, async (port) => {
    const chunks = [];
    for (let i = 0; i < count; i += 10) {
      let batch = '';
      for (let j = i; j < i + 10; j++) batch += requestText(j);
      chunks.push(Buffer.from(batch, 'latin1'));
    }
    await rawExchange(port, chunks, { idleMs: 300, delayMs: 5 });
  });
  assert.strictEqual(seen.length, count);
  for (let i = 0; i < count; i++) {
    const want = requestHeaders(i);
    assert.strictEqual(seen[i].url, `/path/${i % 4}/${'z'.repeat(i % 50)}`);
    assert.deepStrictEqual(seen[i].raw, want.flat());
    assert.strictEqual(seen[i].headers['x-latin1'], `caf\u00e9 ${i % 3}`);
    assert.strictEqual(seen[i].headers['x-case'], 'v');
    assert.strictEqual(seen[i].headers.host, 'example.com');
  }
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
