'use strict';
// Request and Response: construction and validation, bodies of every BodyInit kind read by each
// Body method, bodyUsed, clone() (tee), Response.json/redirect/error, and multipart/urlencoded
// bodies read back with formData().
const assert = require('assert');

(async () => {
  const r = new Response('hi', { status: 201, statusText: 'Made', headers: { x: '1' } });
  assert.strictEqual(r.status, 201);
  assert.strictEqual(r.statusText, 'Made');
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.type, 'default');
  assert.strictEqual(r.url, '');
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.ok(r.body instanceof ReadableStream);
  assert.strictEqual(r.bodyUsed, false);
  const copy = r.clone();
  assert.strictEqual(await r.text(), 'hi');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), {
    name: 'TypeError', message: 'Body is unusable: Body has already been read',
  });
  assert.throws(() => r.clone(), { message: 'Response.clone: Body has already been consumed.' });
  assert.strictEqual(await copy.text(), 'hi');

  // Every kind of body.
  const bytes = new Uint8Array([1, 2, 3]);
  assert.deepStrictEqual([...await new Response(bytes).bytes()], [1, 2, 3]);
  assert.strictEqual((await new Response(bytes.buffer).arrayBuffer()).byteLength, 3);
  const blobResponse = new Response(new Blob(['blob'], { type: 'text/x' }));
  assert.strictEqual(blobResponse.headers.get('content-type'), 'text/x');
  const blob = await blobResponse.blob();
  assert.strictEqual(blob.type, 'text/x');
  assert.strictEqual(await blob.text(), 'blob');
  const params = new Response(new URLSearchParams('a=1&b=2'));
  assert.strictEqual(params.headers.get('content-type'),
                     'application/x-www-form-urlencoded;charset=UTF-8');
  const form = await params.formData();
  assert.strictEqual(form.get('b'), '2');
  const streamed = new Response(new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"s":'));
      c.enqueue(new TextEncoder().encode('1}'));
      c.close();
    },
  }));
  assert.deepStrictEqual(await streamed.json(), { s: 1 });
  async function* gen() { yield new TextEncoder().encode('gen'); }
  assert.strictEqual(await new Response(gen()).text(), 'gen');
  assert.strictEqual(await new Response(null).text(), '');
  assert.strictEqual(new Response().body, null);
  await assert.rejects(new Response('{').json(), { name: 'SyntaxError' });
  await assert.rejects(new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(),
                       { name: 'TypeError' });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => new Response(locked), {
    message: 'Response body object should not be disturbed or locked',
  });

  // multipart/form-data round trip.
  const fd = new FormData();
  fd.append('name', 'line1\nline2');
  fd.append('upload', new Blob([new Uint8Array([0, 255, 13, 10])], { type: 'app/bin' }), 'f.bin');
  const multipart = new Response(fd);
  assert.match(multipart.headers.get('content-type'), /^multipart\/form-data; boundary=/);
  const parsed = await multipart.formData();
  assert.strictEqual(parsed.get('name'), 'line1\r\nline2');
  const upload = parsed.get('upload');
  assert.strictEqual(upload.name, 'f.bin');
  assert.strictEqual(upload.type, 'app/bin');
  assert.deepStrictEqual([...new Uint8Array(await upload.arrayBuffer())], [0, 255, 13, 10]);

  // Status checks and the statics.
  assert.throws(() => new Response('x', { status: 99 }), {
    name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.',
  });
  assert.throws(() => new Response('x', { status: 204 }), {
    name: 'TypeError', message: 'Response constructor: Invalid response status code 204',
  });
  assert.throws(() => new Response(null, { statusText: 'a\nb' }), { message: 'Invalid statusText' });
  const json = Response.json({ a: 1 }, { status: 202 });
  assert.strictEqual(json.status, 202);
  assert.strictEqual(json.headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(await json.json(), { a: 1 });
  const redirect = Response.redirect('http://example.test/x', 301);
  assert.strictEqual(redirect.status, 301);
  assert.strictEqual(redirect.headers.get('location'), 'http://example.test/x');
  assert.throws(() => Response.redirect('http://a/', 200), { name: 'RangeError' });
  assert.throws(() => Response.redirect('nope'), { message: 'Failed to parse URL from nope' });
  const error = Response.error();
  assert.strictEqual(error.type, 'error');
  assert.strictEqual(error.status, 0);

  // Request.
  const req = new Request('http://x.test/p?q', {
    method: 'post', body: 'abc', headers: { 'x-a': '1' }, redirect: 'manual',
  });
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, 'http://x.test/p?q');
  assert.strictEqual(req.redirect, 'manual');
  assert.strictEqual(req.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(req.mode, 'cors');
  assert.strictEqual(req.credentials, 'same-origin');
  assert.strictEqual(req.cache, 'default');
  assert.strictEqual(req.referrer, 'about:client');
  assert.strictEqual(req.duplex, 'half');
  assert.ok(req.signal instanceof AbortSignal);
  const reqCopy = req.clone();
  assert.strictEqual(await req.text(), 'abc');
  assert.strictEqual(await reqCopy.text(), 'abc');
  // A Request made from another takes its body over.
  const source = new Request('http://x.test/', { method: 'PUT', body: 'moved' });
  const derived = new Request(source, { headers: { 'x-b': '2' } });
  assert.strictEqual(derived.method, 'PUT');
  assert.strictEqual(derived.headers.get('x-b'), '2');
  assert.strictEqual(await derived.text(), 'moved');
  assert.strictEqual(source.bodyUsed, true);
  assert.throws(() => new Request(source), {
    message: 'Cannot construct a Request with a Request object that has already been used.',
  });
  // Signals follow the init's.
  const ac = new AbortController();
  const withSignal = new Request('http://x.test/', { signal: ac.signal });
  ac.abort('why');
  assert.strictEqual(withSignal.signal.aborted, true);
  assert.strictEqual(withSignal.signal.reason, 'why');

  assert.throws(() => new Request('/relative'), { message: 'Failed to parse URL from /relative' });
  assert.throws(() => new Request('http://u:p@x.test/'), { name: 'TypeError' });
  assert.throws(() => new Request('http://a', { body: 'x' }), {
    message: 'Request with GET/HEAD method cannot have body.',
  });
  assert.throws(() => new Request('http://a', { method: 'bad method' }), {
    message: "'bad method' is not a valid HTTP method.",
  });
  // Only the standard's six methods are upper-cased.
  assert.strictEqual(new Request('http://a', { method: 'delete' }).method, 'DELETE');
  process.on('warning', (warning) => assert.strictEqual(warning.code, 'UNDICI-FETCH-patch'));
  assert.strictEqual(new Request('http://a', { method: 'patch' }).method, 'patch');
  assert.throws(() => new Request('http://a', { method: 'CONNECT' }), {
    message: "'CONNECT' HTTP method is unsupported.",
  });
  assert.throws(() => new Request('http://a', { redirect: 'sometimes' }), { name: 'TypeError' });
  assert.throws(() => new Request('http://a', { method: 'POST', body: new ReadableStream() }), {
    message: 'RequestInit: duplex option is required when sending a body.',
  });
  const duplex = new Request('http://a', {
    method: 'POST', duplex: 'half', body: ReadableStream.from([new Uint8Array([104, 105])]),
  });
  assert.strictEqual(await duplex.text(), 'hi');
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
