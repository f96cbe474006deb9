'use strict';
// util.MIMEType: parsing (case, whitespace, parameters kept and dropped as the WHATWG MIME
// standard says), serialization, the type/subtype setters, and ERR_INVALID_MIME_SYNTAX.

const assert = require('assert');
const { MIMEType, MIMEParams, inspect } = require('util');

{
  const mime = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar; x="a\\"b"');
  assert.strictEqual(mime.type, 'text');
  assert.strictEqual(mime.subtype, 'html');
  assert.strictEqual(mime.essence, 'text/html');
  assert.ok(mime.params instanceof MIMEParams);
  assert.strictEqual(mime.params.get('charset'), 'utf-8');
  assert.deepStrictEqual([...mime.params], [['charset', 'utf-8'], ['foo', 'bar'], ['x', 'a"b']]);
  assert.strictEqual(String(mime), 'text/html;charset=utf-8;foo=bar;x="a\\"b"');
  assert.strictEqual(JSON.stringify(mime), JSON.stringify(String(mime)));
  assert.strictEqual(inspect(mime), 'MIMEType {}');

  mime.type = 'IMAGE';
  assert.strictEqual(mime.essence, 'image/html');
  mime.subtype = 'SVG+xml';
  assert.strictEqual(String(mime), 'image/svg+xml;charset=utf-8;foo=bar;x="a\\"b"');
  mime.params.delete('x');
  assert.strictEqual(String(mime), 'image/svg+xml;charset=utf-8;foo=bar');
}

// What the parser keeps, drops and rewrites.
const cases = [
  ['text/html;', 'text/html'],
  ['  text/plain  ;  a=b ; c ', 'text/plain;a=b'],
  ['\ttext/plain\n', 'text/plain'],
  ['text/plain;a="x', 'text/plain;a=x'],
  ['text/plain;a="x\\', 'text/plain;a="x\\\\"'],
  ['text/plain;A=1;a=2', 'text/plain;a=1'],
  ['text/plain;a=;b=""', 'text/plain;b=""'],
  ['text/plain;a="b" c;d=e', 'text/plain;a=b;d=e'],
  ['text/plain;\u00e9=1;b=\u00e9', 'text/plain;b="\u00e9"'],
  ['text/plain;b=\u0100', 'text/plain'],
  ['text/plain ;a = b', 'text/plain'],
  ['text/plain;a=b c', 'text/plain;a="b c"'],
  [{ toString() { return 'a/b'; } }, 'a/b'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(String(new MIMEType(input)), expected, JSON.stringify(input));
}

function invalid(input, production, at) {
  const where = at === undefined ? '' : ` at ${at}`;
  return {
    name: 'TypeError',
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${production} in "${input}" is invalid${where}`,
  };
}

assert.throws(() => new MIMEType(''), invalid('', 'type'));
assert.throws(() => new MIMEType('text'), invalid('text', 'type'));
assert.throws(() => new MIMEType('/html'), invalid('/html', 'type'));
assert.throws(() => new MIMEType('te xt/html'), invalid('te xt/html', 'type', 2));
assert.throws(() => new MIMEType('text/'), invalid('text/', 'subtype'));
assert.throws(() => new MIMEType('text/ht ml'), invalid('text/ht ml', 'subtype', 2));

{
  const mime = new MIMEType('text/plain');
  assert.throws(() => { mime.type = 'a/b'; }, invalid('a/b', 'type', 1));
  assert.throws(() => { mime.type = ''; }, invalid('', 'type'));
  assert.throws(() => { mime.subtype = ''; }, invalid('', 'subtype'));
  assert.strictEqual(mime.essence, 'text/plain');
}

assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEType.prototype),
                       ['constructor', 'type', 'subtype', 'essence', 'params', 'toString',
                        'toJSON']);
