'use strict';
// HTTPParser's callbacks are parser[HTTPParser.kOn...] properties: they read back, can be
// replaced between (and during) executions, and a parser without one skips that step.
const assert = require('assert');
const { HTTPParser } = require('_http_common');

const { kOnHeadersComplete, kOnMessageComplete, kOnBody } = HTTPParser;
const parser = new HTTPParser();
parser.initialize(HTTPParser.REQUEST, {});

const seen = [];
function first(versionMajor, versionMinor, headers, method, url) {
  seen.push(['first', url, headers]);
  return 0;
}
function second(versionMajor, versionMinor, headers, method, url) {
  seen.push(['second', url]);
  // Replacing a callback from inside one: the next message uses the new one.
  parser[kOnHeadersComplete] = first;
  return 0;
}

assert.strictEqual(parser[kOnHeadersComplete], undefined);
parser[kOnHeadersComplete] = first;
assert.strictEqual(parser[kOnHeadersComplete], first);
assert.ok(kOnHeadersComplete in parser);

const req = (url) => Buffer.from(`GET ${url} HTTP/1.1\r\nHost: h\r\n\r\n`);
assert.strictEqual(parser.execute(req('/1')), req('/1').length);
parser[kOnHeadersComplete] = second;
assert.strictEqual(parser[kOnHeadersComplete], second);
parser.execute(req('/2'));
assert.strictEqual(parser[kOnHeadersComplete], first);
parser.execute(req('/3'));
assert.deepStrictEqual(seen, [['first', '/1', ['Host', 'h']], ['second', '/2'], ['first', '/3', ['Host', 'h']]]);

// Not a function: that step is skipped; deleting one forgets it.
parser[kOnHeadersComplete] = 42;
assert.strictEqual(parser[kOnHeadersComplete], 42);
parser.execute(req('/4'));
assert.strictEqual(seen.length, 3);
assert.strictEqual(delete parser[kOnHeadersComplete], true);
assert.strictEqual(parser[kOnHeadersComplete], undefined);

// Body and message-complete callbacks are called on the parser.
let body = '';
let completed = 0;
parser[kOnHeadersComplete] = first;
parser[kOnBody] = function(chunk) {
  assert.strictEqual(this, parser);
  body += Buffer.from(chunk).toString();
};
parser[kOnMessageComplete] = function() { completed++; };
parser.execute(Buffer.from('POST /5 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello'));
assert.strictEqual(body, 'hello');
assert.strictEqual(completed, 1);

// Other indices are ordinary elements.
parser[0] = 'zero';
parser[100] = 'hundred';
assert.strictEqual(parser[0], 'zero');
assert.strictEqual(parser[100], 'hundred');

// Each parser has its own.
const other = new HTTPParser();
assert.strictEqual(other[kOnBody], undefined);
