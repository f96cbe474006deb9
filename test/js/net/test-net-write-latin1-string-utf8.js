'use strict';
// Strings of Latin-1 characters written as UTF-8 (the default) are copied straight out of the
// string, concatenations too, and widened where a character is above 0x7F; big ones take the
// heap path. The peer must receive exactly Buffer.from(string, 'utf8').
const net = require('net');
const assert = require('assert');
const cases = ['plain ascii', 'caf\u00e9 \u00ff\u0080x', 'a'.repeat(100) + '\u00e9'.repeat(50) + 'b' + 'c', '\u00e9', ''];
// concatenations (cons strings)
let cons = 'head: ';
for (let i = 0; i < 20; i++) cons += 'x' + i + '\u00e9';
cases.push(cons, cons + 'tail');
cases.push('\u00e9'.repeat(6000)); // > stack
const server = net.createServer((s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const got = Buffer.concat(chunks);
    assert.deepStrictEqual(got, Buffer.from(cases.join(''), 'utf8'));
    console.log('ok', got.length);
    server.close();
  });
}).listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const str of cases) c.write(str);
    c.end();
  });
});
