'use strict';
// The order in which web stream callbacks, promise reactions and reads happen (pull, start,
// writes and ready, transform/flush, pipeTo, tee, byte streams, abort, iterator return), as
// recorded from node v20 (the .stdout golden).
const log = [];
const L = (s) => log.push(s);
process.on('exit', () => console.log(log.join('\n')));
(async () => {
  // 1. enqueue/read ordering with pull
  {
    let n = 0;
    const rs = new ReadableStream({
      start(c) { L('start'); },
      pull(c) { L('pull ' + c.desiredSize); if (++n < 4) c.enqueue(n); else c.close(); },
      cancel() { L('cancel'); },
    }, { highWaterMark: 2 });
    await null; L('after start tick');
    const r = rs.getReader();
    for (;;) { const x = await r.read(); L('read ' + JSON.stringify(x)); if (x.done) break; }
  }
  // 2. writable ordering
  {
    const ws = new WritableStream({
      start() { L('ws start'); },
      write(c) { L('ws write ' + c); return new Promise(r => setTimeout(r, 1)); },
      close() { L('ws close'); },
    }, { highWaterMark: 2 });
    const w = ws.getWriter();
    L('ds ' + w.desiredSize);
    w.ready.then(() => L('ready1'));
    const p1 = w.write('a').then(() => L('w a done'));
    L('ds ' + w.desiredSize);
    const p2 = w.write('b').then(() => L('w b done'));
    L('ds ' + w.desiredSize);
    w.ready.then(() => L('ready2'));
    const p3 = w.write('c').then(() => L('w c done'));
    L('ds ' + w.desiredSize);
    await w.close().then(() => L('closed'));
    await Promise.all([p1, p2, p3]);
  }
  // 3. transform ordering
  {
    const ts = new TransformStream({
      start() { L('ts start'); },
      transform(c, ctl) { L('ts transform ' + c); ctl.enqueue(c * 2); },
      flush() { L('ts flush'); },
    });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    w.write(1).then(() => L('tw1'));
    w.write(2).then(() => L('tw2'));
    w.close().then(() => L('tclose'));
    for (;;) { const x = await r.read(); L('tr ' + JSON.stringify(x)); if (x.done) break; }
  }
  // 4. pipeTo ordering
  {
    const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
    const ws = new WritableStream({ write(c) { L('pw ' + c); }, close() { L('pclose'); } });
    await rs.pipeTo(ws).then(() => L('piped'));
  }
  // 5. tee
  {
    const rs = new ReadableStream({ pull(c) { L('tee pull'); c.enqueue(1); c.close(); } });
    const [a, b] = rs.tee();
    const ra = a.getReader(), rb = b.getReader();
    ra.read().then(x => L('a ' + JSON.stringify(x)));
    rb.read().then(x => L('b ' + JSON.stringify(x)));
    await ra.closed; L('a closed'); await rb.closed; L('b closed');
  }
  // 6. byte stream
  {
    const rs = new ReadableStream({ type: 'bytes', pull(c) { L('bpull ' + !!c.byobRequest); const v = c.byobRequest.view; v[0] = 7; c.byobRequest.respond(1); c.close(); c.byobRequest?.respond(0); }, autoAllocateChunkSize: 4 });
    const r = rs.getReader();
    L(JSON.stringify(await r.read()));
    L(JSON.stringify(await r.read()));
  }
  // 7. abort ordering
  {
    const ws = new WritableStream({ write() { L('aw'); return new Promise(r => setTimeout(r, 5)); }, abort(r) { L('abort ' + r); } });
    const w = ws.getWriter();
    w.write(1).then(() => L('aw1 ok'), (e) => L('aw1 err ' + e));
    w.write(2).then(() => L('aw2 ok'), (e) => L('aw2 err ' + e));
    await new Promise(r => setTimeout(r, 1));
    await w.abort('R').then(() => L('abort done'));
    await w.closed.catch(e => L('closed err ' + e));
  }
  // 8. async iterator return with pending
  {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { L('it cancel ' + r); } });
    const it = rs[Symbol.asyncIterator]();
    L(JSON.stringify(await it.next()));
    L(JSON.stringify(await it.return('v')));
    L(JSON.stringify(await it.next()));
    await new Promise(r => setTimeout(r, 5));
  }
})();
