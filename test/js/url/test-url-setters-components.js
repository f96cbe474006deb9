'use strict';
// After any setter, every getter agrees with a fresh parse of the new href (the components are
// kept as offsets into the href, so a setter that moved them wrongly shows up here), and the
// searchParams object follows the URL both ways.
const assert = require('assert');

const components = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                    'port', 'pathname', 'search', 'hash'];
function consistent(url, what) {
  const fresh = new URL(url.href);
  for (const key of components) assert.strictEqual(url[key], fresh[key], `${what}: ${key}`);
  assert.strictEqual(url.searchParams.toString(), fresh.searchParams.toString(), what);
}

const starts = ['https://user:pw@example.com:8080/a/b?x=1#frag', 'http://example.com',
                'file:///home/u/f.txt', 'sc://h/p?q#f', 'sc:opaque?q#f', 'mailto:a@b.c',
                'ws://[::1]:9000/', 'blob:https://example.com/uuid', 'sc:/a//b',
                'file://host/share'];
const setters = {
  protocol: ['http', 'HTTPS:', 'ws', 'file', 'sc', 'bad scheme', 'ftp:x'],
  username: ['', 'me', 'a b@c', '\u00E9'],
  password: ['', 'secret', ':@/'],
  host: ['', 'other.example:99', 'EXAMPLE.org', '[::2]:1', 'h:0x', 'a b', '1.2.3.4:443',
         'm\u00FCnchen.de'],
  hostname: ['', 'x.y', 'X.Y:1', '[::ffff:1.2.3.4]', '0x7f.1', '%41.com'],
  port: ['', '1', '80', '443', '65536', '12ab', ' 8'],
  pathname: ['', '/', 'x/y', '/a/../b', '/%2e/c', 'a b?#', '//double', 'C|/x', '\\back'],
  search: ['', '?', 'a=1', '??x', 'a b#c', '\u00E9=1'],
  hash: ['', '#', 'x', '##y', 'a b`'],
};

for (const start of starts) {
  for (const [name, values] of Object.entries(setters)) {
    for (const value of values) {
      const url = new URL(start);
      url[name] = value;
      consistent(url, `${start} .${name} = ${JSON.stringify(value)}`);
    }
  }
  // Several setters in a row.
  const url = new URL(start);
  for (const [name, values] of Object.entries(setters)) {
    url[name] = values[values.length - 1];
    consistent(url, `${start} then .${name}`);
  }
}

// Expected values (as Node 22 gives them).
{
  const url = new URL('https://user:pw@example.com:8080/a/b?x=1#frag');
  url.port = '443';
  assert.strictEqual(url.href, 'https://user:pw@example.com/a/b?x=1#frag');
  assert.strictEqual(url.port, '');
  url.username = '';
  assert.strictEqual(url.href, 'https://:pw@example.com/a/b?x=1#frag');
  assert.strictEqual(url.username, '');
  assert.strictEqual(url.password, 'pw');
  url.password = '';
  assert.strictEqual(url.href, 'https://example.com/a/b?x=1#frag');
  url.host = 'other.example:99';
  assert.strictEqual(url.host, 'other.example:99');
  assert.strictEqual(url.port, '99');
  url.host = 'third.example:bad';
  assert.strictEqual(url.host, 'third.example:99'); // the host changed before the port failed
  url.hostname = 'X.Y:1';
  assert.strictEqual(url.host, 'third.example:99'); // ':' ends a hostname setter with failure
  url.pathname = 'p q';
  assert.strictEqual(url.pathname, '/p%20q');
  url.search = 'a b';
  assert.strictEqual(url.search, '?a%20b');
  url.hash = 'h i';
  assert.strictEqual(url.href, 'https://third.example:99/p%20q?a%20b#h%20i');
  url.protocol = 'sc';
  assert.strictEqual(url.protocol, 'https:'); // special to non-special is not allowed
  url.protocol = 'wss';
  assert.strictEqual(url.href, 'wss://third.example:99/p%20q?a%20b#h%20i');
  assert.strictEqual(url.origin, 'wss://third.example:99');
}
{
  // Opaque paths: trailing spaces go when the query and fragment go.
  const url = new URL('sc:a b ?q#f');
  assert.strictEqual(url.pathname, 'a b ');
  url.hash = '';
  assert.strictEqual(url.href, 'sc:a b ?q');
  url.search = '';
  assert.strictEqual(url.href, 'sc:a b');
  assert.strictEqual(url.pathname, 'a b');
  url.pathname = '/x'; // ignored for an opaque path
  url.host = 'h'; // ignored too
  assert.strictEqual(url.href, 'sc:a b');
}
{
  // "/." keeps a path starting with an empty segment from reading as a host.
  const url = new URL('sc:/a');
  url.pathname = '//p';
  assert.strictEqual(url.href, 'sc:/.//p');
  assert.strictEqual(url.pathname, '//p');
  assert.strictEqual(new URL(url.href).pathname, '//p');
}
{
  // searchParams and the URL follow each other.
  const url = new URL('https://example.com/?a=1&b=2#f');
  const params = url.searchParams;
  params.append('c', '3 4');
  assert.strictEqual(url.href, 'https://example.com/?a=1&b=2&c=3+4#f');
  assert.strictEqual(url.hash, '#f');
  params.delete('a');
  params.delete('b');
  params.delete('c');
  assert.strictEqual(url.href, 'https://example.com/#f');
  assert.strictEqual(url.search, '');
  url.search = '?x=%41';
  assert.strictEqual(params.get('x'), 'A');
  url.href = 'http://other.example/?y=2';
  assert.strictEqual(params.get('y'), '2');
  assert.strictEqual(params.has('x'), false);
  const opaque = new URL('sc:p  ?q=1');
  opaque.searchParams.delete('q');
  assert.strictEqual(opaque.href, 'sc:p');
}
{
  // The href setter throws Node's error for an invalid URL and leaves the URL alone.
  const url = new URL('https://example.com/');
  assert.throws(() => { url.href = 'not a url'; },
                { code: 'ERR_INVALID_URL', name: 'TypeError', input: 'not a url' });
  assert.strictEqual(url.href, 'https://example.com/');
}
